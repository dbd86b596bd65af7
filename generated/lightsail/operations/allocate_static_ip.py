"""AllocateStaticIp: Allocates a static IP address."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.allocate_static_ip_request import AllocateStaticIpRequest
from ..shapes.allocate_static_ip_result import AllocateStaticIpResult

OPERATION = OperationSpec(
    name="AllocateStaticIp",
    target="Lightsail_20161128.AllocateStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: AllocateStaticIpRequest) -> AllocateStaticIpResult:
    """Validate, send and parse one AllocateStaticIp call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return AllocateStaticIpResult.from_wire(body)
