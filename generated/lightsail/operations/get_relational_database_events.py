"""GetRelationalDatabaseEvents: Returns a list of events for a specific database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_events_request import (
    GetRelationalDatabaseEventsRequest,
)
from ..shapes.get_relational_database_events_result import (
    GetRelationalDatabaseEventsResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseEvents",
    target="Lightsail_20161128.GetRelationalDatabaseEvents",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "durationInMinutes": "duration_in_minutes",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseEventsRequest
) -> GetRelationalDatabaseEventsResult:
    """Validate, send and parse one GetRelationalDatabaseEvents call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseEventsResult.from_wire(body)
