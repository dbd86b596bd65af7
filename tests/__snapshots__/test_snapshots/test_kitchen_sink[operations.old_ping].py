"""OldPing: Use ``Ping``."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="OldPing",
    target="KitchenSink_20240101.OldPing",
    http_method="POST",
    request_uri="/",
)
