"""GetRelationalDatabaseBlueprints: Returns a list of available database blueprints in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_blueprints_request import (
    GetRelationalDatabaseBlueprintsRequest,
)
from ..shapes.get_relational_database_blueprints_result import (
    GetRelationalDatabaseBlueprintsResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseBlueprints",
    target="Lightsail_20161128.GetRelationalDatabaseBlueprints",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseBlueprintsRequest
) -> GetRelationalDatabaseBlueprintsResult:
    """Validate, send and parse one GetRelationalDatabaseBlueprints call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseBlueprintsResult.from_wire(body)
