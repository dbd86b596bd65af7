"""StopGUISession: Terminates a web-based Amazon DCV session that’s used to access a virtual computer’s operating system or application."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.stop_gui_session_request import StopGUISessionRequest
from ..shapes.stop_gui_session_result import StopGUISessionResult

OPERATION = OperationSpec(
    name="StopGUISession",
    target="Lightsail_20161128.StopGUISession",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: StopGUISessionRequest) -> StopGUISessionResult:
    """Validate, send and parse one StopGUISession call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return StopGUISessionResult.from_wire(body)
