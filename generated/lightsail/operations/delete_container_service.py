"""DeleteContainerService: Deletes your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_container_service_request import DeleteContainerServiceRequest
from ..shapes.delete_container_service_result import DeleteContainerServiceResult

OPERATION = OperationSpec(
    name="DeleteContainerService",
    target="Lightsail_20161128.DeleteContainerService",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteContainerServiceRequest
) -> DeleteContainerServiceResult:
    """Validate, send and parse one DeleteContainerService call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteContainerServiceResult.from_wire(body)
