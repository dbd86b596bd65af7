"""OpenInstancePublicPorts: Opens ports for a specific Amazon Lightsail instance, and specifies the IP addresses allowed to connect to the instance through the ports, and the protocol."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.open_instance_public_ports_request import OpenInstancePublicPortsRequest
from ..shapes.open_instance_public_ports_result import OpenInstancePublicPortsResult

OPERATION = OperationSpec(
    name="OpenInstancePublicPorts",
    target="Lightsail_20161128.OpenInstancePublicPorts",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "portInfo": "port_info",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: OpenInstancePublicPortsRequest
) -> OpenInstancePublicPortsResult:
    """Validate, send and parse one OpenInstancePublicPorts call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return OpenInstancePublicPortsResult.from_wire(body)
