"""CreateGUISessionAccessDetails: Creates two URLs that are used to access a virtual computer’s graphical user interface (GUI) session."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
