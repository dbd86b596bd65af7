"""EnableAddOn: Enables or modifies an add-on for an Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.enable_add_on_request import EnableAddOnRequest
from ..shapes.enable_add_on_result import EnableAddOnResult

OPERATION = OperationSpec(
    name="EnableAddOn",
    target="Lightsail_20161128.EnableAddOn",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "addOnRequest": "add_on_request",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: EnableAddOnRequest) -> EnableAddOnResult:
    """Validate, send and parse one EnableAddOn call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return EnableAddOnResult.from_wire(body)
