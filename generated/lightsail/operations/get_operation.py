"""GetOperation: Returns information about a specific operation."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_operation_request import GetOperationRequest
from ..shapes.get_operation_result import GetOperationResult

OPERATION = OperationSpec(
    name="GetOperation",
    target="Lightsail_20161128.GetOperation",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "operationId": "operation_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetOperationRequest) -> GetOperationResult:
    """Validate, send and parse one GetOperation call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetOperationResult.from_wire(body)
