"""DetachStaticIp: Detaches a static IP from the Amazon Lightsail instance to which it is attached."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.detach_static_ip_request import DetachStaticIpRequest
from ..shapes.detach_static_ip_result import DetachStaticIpResult

OPERATION = OperationSpec(
    name="DetachStaticIp",
    target="Lightsail_20161128.DetachStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DetachStaticIpRequest) -> DetachStaticIpResult:
    """Validate, send and parse one DetachStaticIp call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DetachStaticIpResult.from_wire(body)
