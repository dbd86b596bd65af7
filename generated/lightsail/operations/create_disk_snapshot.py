"""CreateDiskSnapshot: Creates a snapshot of a block storage disk."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_disk_snapshot_request import CreateDiskSnapshotRequest
from ..shapes.create_disk_snapshot_result import CreateDiskSnapshotResult

OPERATION = OperationSpec(
    name="CreateDiskSnapshot",
    target="Lightsail_20161128.CreateDiskSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskSnapshotName": "disk_snapshot_name",
    "diskName": "disk_name",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateDiskSnapshotRequest
) -> CreateDiskSnapshotResult:
    """Validate, send and parse one CreateDiskSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateDiskSnapshotResult.from_wire(body)
