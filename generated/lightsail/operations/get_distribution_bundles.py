"""GetDistributionBundles: Returns the bundles that can be applied to your Amazon Lightsail content delivery network (CDN) distributions."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_distribution_bundles_request import GetDistributionBundlesRequest
from ..shapes.get_distribution_bundles_result import GetDistributionBundlesResult

OPERATION = OperationSpec(
    name="GetDistributionBundles",
    target="Lightsail_20161128.GetDistributionBundles",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: GetDistributionBundlesRequest
) -> GetDistributionBundlesResult:
    """Validate, send and parse one GetDistributionBundles call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDistributionBundlesResult.from_wire(body)
