"""GetDisk: Returns information about a specific block storage disk."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetDisk",
    target="Lightsail_20161128.GetDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
