"""DeleteContainerImage: Deletes a container image that is registered to your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_container_image_request import DeleteContainerImageRequest
from ..shapes.delete_container_image_result import DeleteContainerImageResult

OPERATION = OperationSpec(
    name="DeleteContainerImage",
    target="Lightsail_20161128.DeleteContainerImage",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteContainerImageRequest
) -> DeleteContainerImageResult:
    """Validate, send and parse one DeleteContainerImage call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteContainerImageResult.from_wire(body)
