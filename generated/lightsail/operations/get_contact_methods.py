"""GetContactMethods: Returns information about the configured contact methods."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_contact_methods_request import GetContactMethodsRequest
from ..shapes.get_contact_methods_result import GetContactMethodsResult

OPERATION = OperationSpec(
    name="GetContactMethods",
    target="Lightsail_20161128.GetContactMethods",
    http_method="POST",
    request_uri="/",
)


def call(engine: Engine, request: GetContactMethodsRequest) -> GetContactMethodsResult:
    """Validate, send and parse one GetContactMethods call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetContactMethodsResult.from_wire(body)
