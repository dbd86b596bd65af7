"""UpdateRelationalDatabaseParameters: Allows the update of one or more parameters of a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateRelationalDatabaseParameters",
    target="Lightsail_20161128.UpdateRelationalDatabaseParameters",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
