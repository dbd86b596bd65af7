"""CloseInstancePublicPorts: Closes ports for a specific Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.close_instance_public_ports_request import CloseInstancePublicPortsRequest
from ..shapes.close_instance_public_ports_result import CloseInstancePublicPortsResult

OPERATION = OperationSpec(
    name="CloseInstancePublicPorts",
    target="Lightsail_20161128.CloseInstancePublicPorts",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "portInfo": "port_info",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CloseInstancePublicPortsRequest
) -> CloseInstancePublicPortsResult:
    """Validate, send and parse one CloseInstancePublicPorts call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CloseInstancePublicPortsResult.from_wire(body)
