"""GetStaticIp: Returns information about an Amazon Lightsail static IP."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_static_ip_request import GetStaticIpRequest
from ..shapes.get_static_ip_result import GetStaticIpResult

OPERATION = OperationSpec(
    name="GetStaticIp",
    target="Lightsail_20161128.GetStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetStaticIpRequest) -> GetStaticIpResult:
    """Validate, send and parse one GetStaticIp call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetStaticIpResult.from_wire(body)
