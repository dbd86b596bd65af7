"""DeleteRelationalDatabaseSnapshot: Deletes a database snapshot in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_relational_database_snapshot_request import (
    DeleteRelationalDatabaseSnapshotRequest,
)
from ..shapes.delete_relational_database_snapshot_result import (
    DeleteRelationalDatabaseSnapshotResult,
)

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


def call(
    engine: Engine, request: DeleteRelationalDatabaseSnapshotRequest
) -> DeleteRelationalDatabaseSnapshotResult:
    """Validate, send and parse one DeleteRelationalDatabaseSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteRelationalDatabaseSnapshotResult.from_wire(body)
