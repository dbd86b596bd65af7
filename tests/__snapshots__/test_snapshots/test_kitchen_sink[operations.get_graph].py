"""GetGraph: Returns shapes that refer to each other."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_graph_request import GetGraphRequest
from ..shapes.get_graph_result import GetGraphResult

OPERATION = OperationSpec(
    name="GetGraph",
    target="KitchenSink_20240101.GetGraph",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: GetGraphRequest) -> GetGraphResult:
    """Validate, send and parse one GetGraph call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetGraphResult.from_wire(body)
