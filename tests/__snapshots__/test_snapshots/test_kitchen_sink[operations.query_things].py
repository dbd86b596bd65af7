"""QueryThings: Finds things; pages are linked by keys (maps), as in DynamoDB."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.query_things_request import QueryThingsRequest
from ..shapes.query_things_result import QueryThingsResult

OPERATION = OperationSpec(
    name="QueryThings",
    target="KitchenSink_20240101.QueryThings",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "exclusiveStartKey": "exclusive_start_key",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: QueryThingsRequest) -> QueryThingsResult:
    """Validate, send and parse one QueryThings call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return QueryThingsResult.from_wire(body)
