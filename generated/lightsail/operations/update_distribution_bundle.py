"""UpdateDistributionBundle: Updates the bundle of your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_distribution_bundle_request import UpdateDistributionBundleRequest
from ..shapes.update_distribution_bundle_result import UpdateDistributionBundleResult

OPERATION = OperationSpec(
    name="UpdateDistributionBundle",
    target="Lightsail_20161128.UpdateDistributionBundle",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "bundleId": "bundle_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: UpdateDistributionBundleRequest
) -> UpdateDistributionBundleResult:
    """Validate, send and parse one UpdateDistributionBundle call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateDistributionBundleResult.from_wire(body)
