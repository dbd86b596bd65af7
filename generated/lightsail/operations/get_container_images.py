"""GetContainerImages: Returns the container images that are registered to your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_container_images_request import GetContainerImagesRequest
from ..shapes.get_container_images_result import GetContainerImagesResult

OPERATION = OperationSpec(
    name="GetContainerImages",
    target="Lightsail_20161128.GetContainerImages",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetContainerImagesRequest
) -> GetContainerImagesResult:
    """Validate, send and parse one GetContainerImages call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetContainerImagesResult.from_wire(body)
