"""PutThing: Stores a ``Thing``."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.put_thing_request import PutThingRequest
from ..shapes.put_thing_result import PutThingResult

OPERATION = OperationSpec(
    name="PutThing",
    target="KitchenSink_20240101.PutThing",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "dryRun": "dry_run",
    "legacyFlag": "legacy_flag",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: PutThingRequest) -> PutThingResult:
    """Validate, send and parse one PutThing call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return PutThingResult.from_wire(body)
