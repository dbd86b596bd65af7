"""CreateGUISessionAccessDetails: Creates two URLs that are used to access a virtual computer’s graphical user interface (GUI) session."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_gui_session_access_details_request import (
    CreateGUISessionAccessDetailsRequest,
)
from ..shapes.create_gui_session_access_details_result import (
    CreateGUISessionAccessDetailsResult,
)

OPERATION = OperationSpec(
    name="CreateGUISessionAccessDetails",
    target="Lightsail_20161128.CreateGUISessionAccessDetails",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateGUISessionAccessDetailsRequest
) -> CreateGUISessionAccessDetailsResult:
    """Validate, send and parse one CreateGUISessionAccessDetails call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateGUISessionAccessDetailsResult.from_wire(body)
