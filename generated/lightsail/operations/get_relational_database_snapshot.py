"""GetRelationalDatabaseSnapshot: Returns information about a specific database snapshot in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_snapshot_request import (
    GetRelationalDatabaseSnapshotRequest,
)
from ..shapes.get_relational_database_snapshot_result import (
    GetRelationalDatabaseSnapshotResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseSnapshot",
    target="Lightsail_20161128.GetRelationalDatabaseSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseSnapshotName": "relational_database_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseSnapshotRequest
) -> GetRelationalDatabaseSnapshotResult:
    """Validate, send and parse one GetRelationalDatabaseSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseSnapshotResult.from_wire(body)
