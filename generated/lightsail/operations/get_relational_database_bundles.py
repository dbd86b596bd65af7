"""GetRelationalDatabaseBundles: Returns the list of bundles that are available in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_bundles_request import (
    GetRelationalDatabaseBundlesRequest,
)
from ..shapes.get_relational_database_bundles_result import (
    GetRelationalDatabaseBundlesResult,
)

OPERATION = OperationSpec(
    name="GetRelationalDatabaseBundles",
    target="Lightsail_20161128.GetRelationalDatabaseBundles",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "includeInactive": "include_inactive",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetRelationalDatabaseBundlesRequest
) -> GetRelationalDatabaseBundlesResult:
    """Validate, send and parse one GetRelationalDatabaseBundles call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseBundlesResult.from_wire(body)
