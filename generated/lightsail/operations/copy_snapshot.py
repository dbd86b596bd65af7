"""CopySnapshot: Copies a manual snapshot of an instance or disk as another manual snapshot, or copies an automatic snapshot of an instance or disk as a manual snapshot."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CopySnapshot",
    target="Lightsail_20161128.CopySnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "targetSnapshotName": "target_snapshot_name",
    "sourceRegion": "source_region",
    "sourceSnapshotName": "source_snapshot_name",
    "sourceResourceName": "source_resource_name",
    "restoreDate": "restore_date",
    "useLatestRestorableAutoSnapshot": "use_latest_restorable_auto_snapshot",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
