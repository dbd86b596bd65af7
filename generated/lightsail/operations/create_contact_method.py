"""CreateContactMethod: Creates an email or SMS text message contact method."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_contact_method_request import CreateContactMethodRequest
from ..shapes.create_contact_method_result import CreateContactMethodResult

OPERATION = OperationSpec(
    name="CreateContactMethod",
    target="Lightsail_20161128.CreateContactMethod",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "contactEndpoint": "contact_endpoint",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateContactMethodRequest
) -> CreateContactMethodResult:
    """Validate, send and parse one CreateContactMethod call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateContactMethodResult.from_wire(body)
