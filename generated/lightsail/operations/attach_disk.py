"""AttachDisk: Attaches a block storage disk to a running or stopped Lightsail instance and exposes it to the instance with the specified disk name."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="AttachDisk",
    target="Lightsail_20161128.AttachDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
    "instanceName": "instance_name",
    "diskPath": "disk_path",
    "autoMounting": "auto_mounting",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
