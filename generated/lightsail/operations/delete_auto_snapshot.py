"""DeleteAutoSnapshot: Deletes an automatic snapshot of an instance or disk."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteAutoSnapshot",
    target="Lightsail_20161128.DeleteAutoSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
