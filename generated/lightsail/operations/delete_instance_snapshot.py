"""DeleteInstanceSnapshot: Deletes a specific snapshot of a virtual private server (or *instance*)."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteInstanceSnapshot",
    target="Lightsail_20161128.DeleteInstanceSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceSnapshotName": "instance_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
