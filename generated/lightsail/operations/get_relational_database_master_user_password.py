"""GetRelationalDatabaseMasterUserPassword: Returns the current, previous, or pending versions of the master user password for a Lightsail database."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetRelationalDatabaseMasterUserPassword",
    target="Lightsail_20161128.GetRelationalDatabaseMasterUserPassword",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "passwordVersion": "password_version",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
