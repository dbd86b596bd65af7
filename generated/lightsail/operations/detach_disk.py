"""DetachDisk: Detaches a stopped block storage disk from a Lightsail instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DetachDisk",
    target="Lightsail_20161128.DetachDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
