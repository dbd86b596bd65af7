"""UpdateDistribution: Updates an existing Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_distribution_request import UpdateDistributionRequest
from ..shapes.update_distribution_result import UpdateDistributionResult

OPERATION = OperationSpec(
    name="UpdateDistribution",
    target="Lightsail_20161128.UpdateDistribution",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: UpdateDistributionRequest
) -> UpdateDistributionResult:
    """Validate, send and parse one UpdateDistribution call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateDistributionResult.from_wire(body)
