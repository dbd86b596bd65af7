"""CreateDiskFromSnapshot: Creates a block storage disk from a manual or automatic snapshot of a disk."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateDiskFromSnapshot",
    target="Lightsail_20161128.CreateDiskFromSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
    "availabilityZone": "availability_zone",
    "sizeInGb": "size_in_gb",
    "diskSnapshotName": "disk_snapshot_name",
    "addOns": "add_ons",
    "sourceDiskName": "source_disk_name",
    "restoreDate": "restore_date",
    "useLatestRestorableAutoSnapshot": "use_latest_restorable_auto_snapshot",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
