"""GetDiskSnapshot: Returns information about a specific block storage disk snapshot."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetDiskSnapshot",
    target="Lightsail_20161128.GetDiskSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskSnapshotName": "disk_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
