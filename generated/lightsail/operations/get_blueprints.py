"""GetBlueprints: Returns the list of available instance images, or *blueprints*."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_blueprints_request import GetBlueprintsRequest
from ..shapes.get_blueprints_result import GetBlueprintsResult

OPERATION = OperationSpec(
    name="GetBlueprints",
    target="Lightsail_20161128.GetBlueprints",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeInactive": "include_inactive",
    "pageToken": "page_token",
    "appCategory": "app_category",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetBlueprintsRequest) -> GetBlueprintsResult:
    """Validate, send and parse one GetBlueprints call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetBlueprintsResult.from_wire(body)
