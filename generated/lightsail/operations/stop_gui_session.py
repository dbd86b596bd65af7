"""StopGUISession: Terminates a web-based Amazon DCV session that’s used to access a virtual computer’s operating system or application."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
