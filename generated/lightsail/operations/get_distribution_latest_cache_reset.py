"""GetDistributionLatestCacheReset: Returns the timestamp and status of the last cache reset of a specific Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_distribution_latest_cache_reset_request import (
    GetDistributionLatestCacheResetRequest,
)
from ..shapes.get_distribution_latest_cache_reset_result import (
    GetDistributionLatestCacheResetResult,
)

OPERATION = OperationSpec(
    name="GetDistributionLatestCacheReset",
    target="Lightsail_20161128.GetDistributionLatestCacheReset",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetDistributionLatestCacheResetRequest
) -> GetDistributionLatestCacheResetResult:
    """Validate, send and parse one GetDistributionLatestCacheReset call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDistributionLatestCacheResetResult.from_wire(body)
