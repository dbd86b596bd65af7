"""GetOperations: Returns information about all operations."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_operations_request import GetOperationsRequest
from ..shapes.get_operations_result import GetOperationsResult

OPERATION = OperationSpec(
    name="GetOperations",
    target="Lightsail_20161128.GetOperations",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetOperationsRequest) -> GetOperationsResult:
    """Validate, send and parse one GetOperations call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetOperationsResult.from_wire(body)
