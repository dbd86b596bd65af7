"""CreateRelationalDatabase: Creates a new database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateRelationalDatabase",
    target="Lightsail_20161128.CreateRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "relationalDatabaseBlueprintId": "relational_database_blueprint_id",
    "relationalDatabaseBundleId": "relational_database_bundle_id",
    "masterDatabaseName": "master_database_name",
    "masterUsername": "master_username",
    "availabilityZone": "availability_zone",
    "masterUserPassword": "master_user_password",
    "preferredBackupWindow": "preferred_backup_window",
    "preferredMaintenanceWindow": "preferred_maintenance_window",
    "publiclyAccessible": "publicly_accessible",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
