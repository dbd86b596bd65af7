"""GetContainerServiceDeployments: Returns the deployments for your Amazon Lightsail container service"""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_container_service_deployments_request import (
    GetContainerServiceDeploymentsRequest,
)
from ..shapes.get_container_service_deployments_result import (
    GetContainerServiceDeploymentsResult,
)

OPERATION = OperationSpec(
    name="GetContainerServiceDeployments",
    target="Lightsail_20161128.GetContainerServiceDeployments",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetContainerServiceDeploymentsRequest
) -> GetContainerServiceDeploymentsResult:
    """Validate, send and parse one GetContainerServiceDeployments call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetContainerServiceDeploymentsResult.from_wire(body)
