"""GetGraph: Returns shapes that refer to each other."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetGraph",
    target="KitchenSink_20240101.GetGraph",
    http_method="POST",
    request_uri="/",
)
