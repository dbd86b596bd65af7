"""ListThings: Lists things, a page at a time."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.list_things_request import ListThingsRequest
from ..shapes.list_things_result import ListThingsResult

OPERATION = OperationSpec(
    name="ListThings",
    target="KitchenSink_20240101.ListThings",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "maxResults": "max_results",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: ListThingsRequest) -> ListThingsResult:
    """Validate, send and parse one ListThings call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return ListThingsResult.from_wire(body)
