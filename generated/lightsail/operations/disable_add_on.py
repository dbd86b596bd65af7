"""DisableAddOn: Disables an add-on for an Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.disable_add_on_request import DisableAddOnRequest
from ..shapes.disable_add_on_result import DisableAddOnResult

OPERATION = OperationSpec(
    name="DisableAddOn",
    target="Lightsail_20161128.DisableAddOn",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "addOnType": "add_on_type",
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DisableAddOnRequest) -> DisableAddOnResult:
    """Validate, send and parse one DisableAddOn call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DisableAddOnResult.from_wire(body)
