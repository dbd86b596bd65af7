"""GetInstancePortStates: Returns the firewall port states for a specific Amazon Lightsail instance, the IP addresses allowed to connect to the instance through the ports, and the protocol."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instance_port_states_request import GetInstancePortStatesRequest
from ..shapes.get_instance_port_states_result import GetInstancePortStatesResult

OPERATION = OperationSpec(
    name="GetInstancePortStates",
    target="Lightsail_20161128.GetInstancePortStates",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetInstancePortStatesRequest
) -> GetInstancePortStatesResult:
    """Validate, send and parse one GetInstancePortStates call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstancePortStatesResult.from_wire(body)
