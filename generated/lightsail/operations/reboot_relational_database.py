"""RebootRelationalDatabase: Restarts a specific database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.reboot_relational_database_request import RebootRelationalDatabaseRequest
from ..shapes.reboot_relational_database_result import RebootRelationalDatabaseResult

OPERATION = OperationSpec(
    name="RebootRelationalDatabase",
    target="Lightsail_20161128.RebootRelationalDatabase",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: RebootRelationalDatabaseRequest
) -> RebootRelationalDatabaseResult:
    """Validate, send and parse one RebootRelationalDatabase call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return RebootRelationalDatabaseResult.from_wire(body)
