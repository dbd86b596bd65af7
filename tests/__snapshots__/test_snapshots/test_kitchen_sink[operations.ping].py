"""Ping: Takes no input."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="Ping",
    target="KitchenSink_20240101.Ping",
    http_method="POST",
    request_uri="/",
)
