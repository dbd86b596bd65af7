"""GetInstanceState: Returns the state of a specific instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instance_state_request import GetInstanceStateRequest
from ..shapes.get_instance_state_result import GetInstanceStateResult

OPERATION = OperationSpec(
    name="GetInstanceState",
    target="Lightsail_20161128.GetInstanceState",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetInstanceStateRequest) -> GetInstanceStateResult:
    """Validate, send and parse one GetInstanceState call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstanceStateResult.from_wire(body)
