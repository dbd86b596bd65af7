"""GetDiskSnapshot: Returns information about a specific block storage disk snapshot."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_disk_snapshot_request import GetDiskSnapshotRequest
from ..shapes.get_disk_snapshot_result import GetDiskSnapshotResult

OPERATION = OperationSpec(
    name="GetDiskSnapshot",
    target="Lightsail_20161128.GetDiskSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskSnapshotName": "disk_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetDiskSnapshotRequest) -> GetDiskSnapshotResult:
    """Validate, send and parse one GetDiskSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDiskSnapshotResult.from_wire(body)
