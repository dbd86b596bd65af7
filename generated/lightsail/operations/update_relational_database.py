"""UpdateRelationalDatabase: Allows the update of one or more attributes of a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_relational_database_request import UpdateRelationalDatabaseRequest
from ..shapes.update_relational_database_result import UpdateRelationalDatabaseResult

OPERATION = OperationSpec(
    name="UpdateRelationalDatabase",
    target="Lightsail_20161128.UpdateRelationalDatabase",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: UpdateRelationalDatabaseRequest
) -> UpdateRelationalDatabaseResult:
    """Validate, send and parse one UpdateRelationalDatabase call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateRelationalDatabaseResult.from_wire(body)
