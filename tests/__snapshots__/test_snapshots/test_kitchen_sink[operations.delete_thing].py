"""DeleteThing: Deletes a thing; returns nothing."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteThing",
    target="KitchenSink_20240101.DeleteThing",
    http_method="POST",
    request_uri="/",
)
