"""CreateInstanceSnapshot: Creates a snapshot of a specific virtual private server, or *instance*."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateInstanceSnapshot",
    target="Lightsail_20161128.CreateInstanceSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceSnapshotName": "instance_snapshot_name",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
