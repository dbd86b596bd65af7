"""UpdateRelationalDatabase: Allows the update of one or more attributes of a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateRelationalDatabase",
    target="Lightsail_20161128.UpdateRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "masterUserPassword": "master_user_password",
    "rotateMasterUserPassword": "rotate_master_user_password",
    "preferredBackupWindow": "preferred_backup_window",
    "preferredMaintenanceWindow": "preferred_maintenance_window",
    "enableBackupRetention": "enable_backup_retention",
    "disableBackupRetention": "disable_backup_retention",
    "publiclyAccessible": "publicly_accessible",
    "applyImmediately": "apply_immediately",
    "caCertificateIdentifier": "ca_certificate_identifier",
    "relationalDatabaseBlueprintId": "relational_database_blueprint_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
