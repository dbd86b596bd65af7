"""DeleteThing: Deletes a thing; returns nothing."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_thing_request import DeleteThingRequest

OPERATION = OperationSpec(
    name="DeleteThing",
    target="KitchenSink_20240101.DeleteThing",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: DeleteThingRequest) -> None:
    """Validate, send and parse one DeleteThing call."""
    request.validate()
    engine.invoke(OPERATION, request.to_wire())
