"""DeleteDiskSnapshot: Deletes the specified disk snapshot."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteDiskSnapshot",
    target="Lightsail_20161128.DeleteDiskSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskSnapshotName": "disk_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
