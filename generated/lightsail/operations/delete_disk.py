"""DeleteDisk: Deletes the specified block storage disk."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_disk_request import DeleteDiskRequest
from ..shapes.delete_disk_result import DeleteDiskResult

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


def call(engine: Engine, request: DeleteDiskRequest) -> DeleteDiskResult:
    """Validate, send and parse one DeleteDisk call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteDiskResult.from_wire(body)
