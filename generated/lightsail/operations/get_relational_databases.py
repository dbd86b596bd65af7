"""GetRelationalDatabases: Returns information about all of your databases in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_databases_request import GetRelationalDatabasesRequest
from ..shapes.get_relational_databases_result import GetRelationalDatabasesResult

OPERATION = OperationSpec(
    name="GetRelationalDatabases",
    target="Lightsail_20161128.GetRelationalDatabases",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabasesRequest
) -> GetRelationalDatabasesResult:
    """Validate, send and parse one GetRelationalDatabases call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabasesResult.from_wire(body)
