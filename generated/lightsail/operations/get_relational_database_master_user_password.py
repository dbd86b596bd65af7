"""GetRelationalDatabaseMasterUserPassword: Returns the current, previous, or pending versions of the master user password for a Lightsail database."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_master_user_password_request import (
    GetRelationalDatabaseMasterUserPasswordRequest,
)
from ..shapes.get_relational_database_master_user_password_result import (
    GetRelationalDatabaseMasterUserPasswordResult,
)

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


def call(
    engine: Engine, request: GetRelationalDatabaseMasterUserPasswordRequest
) -> GetRelationalDatabaseMasterUserPasswordResult:
    """Validate, send and parse one GetRelationalDatabaseMasterUserPassword call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseMasterUserPasswordResult.from_wire(body)
