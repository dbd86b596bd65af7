"""IsVpcPeered: Returns a Boolean value indicating whether your Lightsail VPC is peered."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.is_vpc_peered_request import IsVpcPeeredRequest
from ..shapes.is_vpc_peered_result import IsVpcPeeredResult

OPERATION = OperationSpec(
    name="IsVpcPeered",
    target="Lightsail_20161128.IsVpcPeered",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: IsVpcPeeredRequest) -> IsVpcPeeredResult:
    """Validate, send and parse one IsVpcPeered call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return IsVpcPeeredResult.from_wire(body)
