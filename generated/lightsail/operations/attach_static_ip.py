"""AttachStaticIp: Attaches a static IP address to a specific Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.attach_static_ip_request import AttachStaticIpRequest
from ..shapes.attach_static_ip_result import AttachStaticIpResult

OPERATION = OperationSpec(
    name="AttachStaticIp",
    target="Lightsail_20161128.AttachStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: AttachStaticIpRequest) -> AttachStaticIpResult:
    """Validate, send and parse one AttachStaticIp call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return AttachStaticIpResult.from_wire(body)
