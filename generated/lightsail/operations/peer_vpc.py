"""PeerVpc: Peers the Lightsail VPC with the user's default VPC."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.peer_vpc_request import PeerVpcRequest
from ..shapes.peer_vpc_result import PeerVpcResult

OPERATION = OperationSpec(
    name="PeerVpc",
    target="Lightsail_20161128.PeerVpc",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: PeerVpcRequest) -> PeerVpcResult:
    """Validate, send and parse one PeerVpc call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return PeerVpcResult.from_wire(body)
