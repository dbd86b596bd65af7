"""CreateRelationalDatabaseSnapshot: Creates a snapshot of your database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_relational_database_snapshot_request import (
    CreateRelationalDatabaseSnapshotRequest,
)
from ..shapes.create_relational_database_snapshot_result import (
    CreateRelationalDatabaseSnapshotResult,
)

OPERATION = OperationSpec(
    name="CreateRelationalDatabaseSnapshot",
    target="Lightsail_20161128.CreateRelationalDatabaseSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "relationalDatabaseSnapshotName": "relational_database_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateRelationalDatabaseSnapshotRequest
) -> CreateRelationalDatabaseSnapshotResult:
    """Validate, send and parse one CreateRelationalDatabaseSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateRelationalDatabaseSnapshotResult.from_wire(body)
