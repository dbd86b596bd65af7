"""GetRelationalDatabaseLogEvents: Returns a list of log events for a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
