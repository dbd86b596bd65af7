"""GetActiveNames: Returns the names of all active (not deleted) resources."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_active_names_request import GetActiveNamesRequest
from ..shapes.get_active_names_result import GetActiveNamesResult

OPERATION = OperationSpec(
    name="GetActiveNames",
    target="Lightsail_20161128.GetActiveNames",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetActiveNamesRequest) -> GetActiveNamesResult:
    """Validate, send and parse one GetActiveNames call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetActiveNamesResult.from_wire(body)
