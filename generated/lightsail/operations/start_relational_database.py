"""StartRelationalDatabase: Starts a specific database from a stopped state in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.start_relational_database_request import StartRelationalDatabaseRequest
from ..shapes.start_relational_database_result import StartRelationalDatabaseResult

OPERATION = OperationSpec(
    name="StartRelationalDatabase",
    target="Lightsail_20161128.StartRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: StartRelationalDatabaseRequest
) -> StartRelationalDatabaseResult:
    """Validate, send and parse one StartRelationalDatabase call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return StartRelationalDatabaseResult.from_wire(body)
