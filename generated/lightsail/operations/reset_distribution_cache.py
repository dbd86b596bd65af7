"""ResetDistributionCache: Deletes currently cached content from your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.reset_distribution_cache_request import ResetDistributionCacheRequest
from ..shapes.reset_distribution_cache_result import ResetDistributionCacheResult

OPERATION = OperationSpec(
    name="ResetDistributionCache",
    target="Lightsail_20161128.ResetDistributionCache",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: ResetDistributionCacheRequest
) -> ResetDistributionCacheResult:
    """Validate, send and parse one ResetDistributionCache call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return ResetDistributionCacheResult.from_wire(body)
