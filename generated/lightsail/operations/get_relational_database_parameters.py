"""GetRelationalDatabaseParameters: Returns all of the runtime parameters offered by the underlying database software, or engine, for a specific database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetRelationalDatabaseParameters",
    target="Lightsail_20161128.GetRelationalDatabaseParameters",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
