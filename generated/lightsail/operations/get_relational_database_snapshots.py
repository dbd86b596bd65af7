"""GetRelationalDatabaseSnapshots: Returns information about all of your database snapshots in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_snapshots_request import (
    GetRelationalDatabaseSnapshotsRequest,
)
from ..shapes.get_relational_database_snapshots_result import (
    GetRelationalDatabaseSnapshotsResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseSnapshots",
    target="Lightsail_20161128.GetRelationalDatabaseSnapshots",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseSnapshotsRequest
) -> GetRelationalDatabaseSnapshotsResult:
    """Validate, send and parse one GetRelationalDatabaseSnapshots call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseSnapshotsResult.from_wire(body)
