"""Ping: Takes no input."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.ping_result import PingResult

OPERATION = OperationSpec(
    name="Ping",
    target="KitchenSink_20240101.Ping",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine) -> PingResult:
    """Send and parse one Ping call."""
    body = engine.invoke(OPERATION, {})
    return PingResult.from_wire(body)
