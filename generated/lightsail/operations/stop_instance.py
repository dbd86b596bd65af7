"""StopInstance: Stops a specific Amazon Lightsail instance that is currently running."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.stop_instance_request import StopInstanceRequest
from ..shapes.stop_instance_result import StopInstanceResult

OPERATION = OperationSpec(
    name="StopInstance",
    target="Lightsail_20161128.StopInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: StopInstanceRequest) -> StopInstanceResult:
    """Validate, send and parse one StopInstance call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return StopInstanceResult.from_wire(body)
