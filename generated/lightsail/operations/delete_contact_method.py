"""DeleteContactMethod: Deletes a contact method."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_contact_method_request import DeleteContactMethodRequest
from ..shapes.delete_contact_method_result import DeleteContactMethodResult

OPERATION = OperationSpec(
    name="DeleteContactMethod",
    target="Lightsail_20161128.DeleteContactMethod",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: DeleteContactMethodRequest
) -> DeleteContactMethodResult:
    """Validate, send and parse one DeleteContactMethod call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteContactMethodResult.from_wire(body)
