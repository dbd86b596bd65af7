"""RebootInstance: Restarts a specific instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.reboot_instance_request import RebootInstanceRequest
from ..shapes.reboot_instance_result import RebootInstanceResult

OPERATION = OperationSpec(
    name="RebootInstance",
    target="Lightsail_20161128.RebootInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: RebootInstanceRequest) -> RebootInstanceResult:
    """Validate, send and parse one RebootInstance call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return RebootInstanceResult.from_wire(body)
