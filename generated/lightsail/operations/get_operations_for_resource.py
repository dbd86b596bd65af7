"""GetOperationsForResource: Gets operations for a specific resource (an instance or a static IP)."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_operations_for_resource_request import GetOperationsForResourceRequest
from ..shapes.get_operations_for_resource_result import GetOperationsForResourceResult

OPERATION = OperationSpec(
    name="GetOperationsForResource",
    target="Lightsail_20161128.GetOperationsForResource",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetOperationsForResourceRequest
) -> GetOperationsForResourceResult:
    """Validate, send and parse one GetOperationsForResource call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetOperationsForResourceResult.from_wire(body)
