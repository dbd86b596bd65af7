"""CreateRelationalDatabaseFromSnapshot: Creates a new database from an existing database snapshot in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateRelationalDatabaseFromSnapshot",
    target="Lightsail_20161128.CreateRelationalDatabaseFromSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "availabilityZone": "availability_zone",
    "publiclyAccessible": "publicly_accessible",
    "relationalDatabaseSnapshotName": "relational_database_snapshot_name",
    "relationalDatabaseBundleId": "relational_database_bundle_id",
    "sourceRelationalDatabaseName": "source_relational_database_name",
    "restoreTime": "restore_time",
    "useLatestRestorableTime": "use_latest_restorable_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
