"""DescribeThing: Describes a thing and how far it is from ready."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.describe_thing_request import DescribeThingRequest
from ..shapes.describe_thing_result import DescribeThingResult

OPERATION = OperationSpec(
    name="DescribeThing",
    target="KitchenSink_20240101.DescribeThing",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: DescribeThingRequest) -> DescribeThingResult:
    """Validate, send and parse one DescribeThing call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DescribeThingResult.from_wire(body)
