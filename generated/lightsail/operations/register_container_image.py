"""RegisterContainerImage: Registers a container image to your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.register_container_image_request import RegisterContainerImageRequest
from ..shapes.register_container_image_result import RegisterContainerImageResult

OPERATION = OperationSpec(
    name="RegisterContainerImage",
    target="Lightsail_20161128.RegisterContainerImage",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: RegisterContainerImageRequest
) -> RegisterContainerImageResult:
    """Validate, send and parse one RegisterContainerImage call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return RegisterContainerImageResult.from_wire(body)
