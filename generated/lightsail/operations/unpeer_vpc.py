"""UnpeerVpc: Unpeers the Lightsail VPC from the user's default VPC."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.unpeer_vpc_request import UnpeerVpcRequest
from ..shapes.unpeer_vpc_result import UnpeerVpcResult

OPERATION = OperationSpec(
    name="UnpeerVpc",
    target="Lightsail_20161128.UnpeerVpc",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: UnpeerVpcRequest) -> UnpeerVpcResult:
    """Validate, send and parse one UnpeerVpc call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UnpeerVpcResult.from_wire(body)
