"""GetStaticIps: Returns information about all static IPs in the user's account."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_static_ips_request import GetStaticIpsRequest
from ..shapes.get_static_ips_result import GetStaticIpsResult

OPERATION = OperationSpec(
    name="GetStaticIps",
    target="Lightsail_20161128.GetStaticIps",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetStaticIpsRequest) -> GetStaticIpsResult:
    """Validate, send and parse one GetStaticIps call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetStaticIpsResult.from_wire(body)
