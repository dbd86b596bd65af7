"""DeleteRelationalDatabase: Deletes a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteRelationalDatabase",
    target="Lightsail_20161128.DeleteRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "skipFinalSnapshot": "skip_final_snapshot",
    "finalRelationalDatabaseSnapshotName": "final_relational_database_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
