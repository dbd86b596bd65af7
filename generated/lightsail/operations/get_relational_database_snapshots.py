"""GetRelationalDatabaseSnapshots: Returns information about all of your database snapshots in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetRelationalDatabaseSnapshots",
    target="Lightsail_20161128.GetRelationalDatabaseSnapshots",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
