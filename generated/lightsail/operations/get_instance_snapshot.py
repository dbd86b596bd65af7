"""GetInstanceSnapshot: Returns information about a specific instance snapshot."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetInstanceSnapshot",
    target="Lightsail_20161128.GetInstanceSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceSnapshotName": "instance_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
