"""GetRelationalDatabaseLogStreams: Returns a list of available log streams for a specific database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_log_streams_request import (
    GetRelationalDatabaseLogStreamsRequest,
)
from ..shapes.get_relational_database_log_streams_result import (
    GetRelationalDatabaseLogStreamsResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseLogStreams",
    target="Lightsail_20161128.GetRelationalDatabaseLogStreams",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseLogStreamsRequest
) -> GetRelationalDatabaseLogStreamsResult:
    """Validate, send and parse one GetRelationalDatabaseLogStreams call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseLogStreamsResult.from_wire(body)
