"""StopRelationalDatabase: Stops a specific database that is currently running in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.stop_relational_database_request import StopRelationalDatabaseRequest
from ..shapes.stop_relational_database_result import StopRelationalDatabaseResult

OPERATION = OperationSpec(
    name="StopRelationalDatabase",
    target="Lightsail_20161128.StopRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "relationalDatabaseSnapshotName": "relational_database_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: StopRelationalDatabaseRequest
) -> StopRelationalDatabaseResult:
    """Validate, send and parse one StopRelationalDatabase call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return StopRelationalDatabaseResult.from_wire(body)
