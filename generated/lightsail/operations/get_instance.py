"""GetInstance: Returns information about a specific Amazon Lightsail instance, which is a virtual private server."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instance_request import GetInstanceRequest
from ..shapes.get_instance_result import GetInstanceResult

OPERATION = OperationSpec(
    name="GetInstance",
    target="Lightsail_20161128.GetInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "includeHealthStatus": "include_health_status",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetInstanceRequest) -> GetInstanceResult:
    """Validate, send and parse one GetInstance call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstanceResult.from_wire(body)
