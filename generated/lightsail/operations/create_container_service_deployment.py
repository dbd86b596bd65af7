"""CreateContainerServiceDeployment: Creates a deployment for your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_container_service_deployment_request import (
    CreateContainerServiceDeploymentRequest,
)
from ..shapes.create_container_service_deployment_result import (
    CreateContainerServiceDeploymentResult,
)

OPERATION = OperationSpec(
    name="CreateContainerServiceDeployment",
    target="Lightsail_20161128.CreateContainerServiceDeployment",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "publicEndpoint": "public_endpoint",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateContainerServiceDeploymentRequest
) -> CreateContainerServiceDeploymentResult:
    """Validate, send and parse one CreateContainerServiceDeployment call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateContainerServiceDeploymentResult.from_wire(body)
