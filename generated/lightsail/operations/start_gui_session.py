"""StartGUISession: Initiates a graphical user interface (GUI) session that’s used to access a virtual computer’s operating system and application."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.start_gui_session_request import StartGUISessionRequest
from ..shapes.start_gui_session_result import StartGUISessionResult

OPERATION = OperationSpec(
    name="StartGUISession",
    target="Lightsail_20161128.StartGUISession",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: StartGUISessionRequest) -> StartGUISessionResult:
    """Validate, send and parse one StartGUISession call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return StartGUISessionResult.from_wire(body)
