"""StartInstance: Starts a specific Amazon Lightsail instance from a stopped state."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.start_instance_request import StartInstanceRequest
from ..shapes.start_instance_result import StartInstanceResult

OPERATION = OperationSpec(
    name="StartInstance",
    target="Lightsail_20161128.StartInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "attributeUpdates": "attribute_updates",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: StartInstanceRequest) -> StartInstanceResult:
    """Validate, send and parse one StartInstance call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return StartInstanceResult.from_wire(body)
