"""GetAutoSnapshots: Returns the available automatic snapshots for an instance or disk."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetAutoSnapshots",
    target="Lightsail_20161128.GetAutoSnapshots",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
