"""DeleteDistribution: Deletes your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_distribution_request import DeleteDistributionRequest
from ..shapes.delete_distribution_result import DeleteDistributionResult

OPERATION = OperationSpec(
    name="DeleteDistribution",
    target="Lightsail_20161128.DeleteDistribution",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteDistributionRequest
) -> DeleteDistributionResult:
    """Validate, send and parse one DeleteDistribution call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteDistributionResult.from_wire(body)
