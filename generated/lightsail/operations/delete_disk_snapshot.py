"""DeleteDiskSnapshot: Deletes the specified disk snapshot."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_disk_snapshot_request import DeleteDiskSnapshotRequest
from ..shapes.delete_disk_snapshot_result import DeleteDiskSnapshotResult

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


def call(
    engine: Engine, request: DeleteDiskSnapshotRequest
) -> DeleteDiskSnapshotResult:
    """Validate, send and parse one DeleteDiskSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteDiskSnapshotResult.from_wire(body)
