"""CreateContainerService: Creates an Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_container_service_request import CreateContainerServiceRequest
from ..shapes.create_container_service_result import CreateContainerServiceResult

OPERATION = OperationSpec(
    name="CreateContainerService",
    target="Lightsail_20161128.CreateContainerService",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "publicDomainNames": "public_domain_names",
    "privateRegistryAccess": "private_registry_access",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateContainerServiceRequest
) -> CreateContainerServiceResult:
    """Validate, send and parse one CreateContainerService call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateContainerServiceResult.from_wire(body)
