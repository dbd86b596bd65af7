"""ReleaseStaticIp: Deletes a specific static IP from your account."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.release_static_ip_request import ReleaseStaticIpRequest
from ..shapes.release_static_ip_result import ReleaseStaticIpResult

OPERATION = OperationSpec(
    name="ReleaseStaticIp",
    target="Lightsail_20161128.ReleaseStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: ReleaseStaticIpRequest) -> ReleaseStaticIpResult:
    """Validate, send and parse one ReleaseStaticIp call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return ReleaseStaticIpResult.from_wire(body)
