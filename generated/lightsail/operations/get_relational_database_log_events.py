"""GetRelationalDatabaseLogEvents: Returns a list of log events for a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_log_events_request import (
    GetRelationalDatabaseLogEventsRequest,
)
from ..shapes.get_relational_database_log_events_result import (
    GetRelationalDatabaseLogEventsResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseLogEvents",
    target="Lightsail_20161128.GetRelationalDatabaseLogEvents",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "logStreamName": "log_stream_name",
    "startTime": "start_time",
    "endTime": "end_time",
    "startFromHead": "start_from_head",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseLogEventsRequest
) -> GetRelationalDatabaseLogEventsResult:
    """Validate, send and parse one GetRelationalDatabaseLogEvents call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseLogEventsResult.from_wire(body)
