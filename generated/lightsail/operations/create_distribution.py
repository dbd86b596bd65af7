"""CreateDistribution: Creates an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_distribution_request import CreateDistributionRequest
from ..shapes.create_distribution_result import CreateDistributionResult

OPERATION = OperationSpec(
    name="CreateDistribution",
    target="Lightsail_20161128.CreateDistribution",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateDistributionRequest
) -> CreateDistributionResult:
    """Validate, send and parse one CreateDistribution call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateDistributionResult.from_wire(body)
