"""StartGUISession: Initiates a graphical user interface (GUI) session that’s used to access a virtual computer’s operating system and application."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
