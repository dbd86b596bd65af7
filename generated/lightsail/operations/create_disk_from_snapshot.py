"""CreateDiskFromSnapshot: Creates a block storage disk from a manual or automatic snapshot of a disk."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_disk_from_snapshot_request import CreateDiskFromSnapshotRequest
from ..shapes.create_disk_from_snapshot_result import CreateDiskFromSnapshotResult

OPERATION = OperationSpec(
    name="CreateDiskFromSnapshot",
    target="Lightsail_20161128.CreateDiskFromSnapshot",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateDiskFromSnapshotRequest
) -> CreateDiskFromSnapshotResult:
    """Validate, send and parse one CreateDiskFromSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateDiskFromSnapshotResult.from_wire(body)
