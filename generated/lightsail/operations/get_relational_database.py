"""GetRelationalDatabase: Returns information about a specific database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_request import GetRelationalDatabaseRequest
from ..shapes.get_relational_database_result import GetRelationalDatabaseResult

OPERATION = OperationSpec(
    name="GetRelationalDatabase",
    target="Lightsail_20161128.GetRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseRequest
) -> GetRelationalDatabaseResult:
    """Validate, send and parse one GetRelationalDatabase call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseResult.from_wire(body)
