"""GetRelationalDatabaseEvents: Returns a list of events for a specific database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
