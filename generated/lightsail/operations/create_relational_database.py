"""CreateRelationalDatabase: Creates a new database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_relational_database_request import CreateRelationalDatabaseRequest
from ..shapes.create_relational_database_result import CreateRelationalDatabaseResult

OPERATION = OperationSpec(
    name="CreateRelationalDatabase",
    target="Lightsail_20161128.CreateRelationalDatabase",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateRelationalDatabaseRequest
) -> CreateRelationalDatabaseResult:
    """Validate, send and parse one CreateRelationalDatabase call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateRelationalDatabaseResult.from_wire(body)
