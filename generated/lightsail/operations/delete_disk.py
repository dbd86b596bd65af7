"""DeleteDisk: Deletes the specified block storage disk."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteDisk",
    target="Lightsail_20161128.DeleteDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
    "forceDeleteAddOns": "force_delete_add_ons",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
