"""DeleteRelationalDatabaseSnapshot: Deletes a database snapshot in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteRelationalDatabaseSnapshot",
    target="Lightsail_20161128.DeleteRelationalDatabaseSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseSnapshotName": "relational_database_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
