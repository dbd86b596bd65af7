"""CreateInstancesFromSnapshot: Creates one or more new instances from a manual or automatic snapshot of an instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_instances_from_snapshot_request import (
    CreateInstancesFromSnapshotRequest,
)
from ..shapes.create_instances_from_snapshot_result import (
    CreateInstancesFromSnapshotResult,
)

OPERATION = OperationSpec(
    name="CreateInstancesFromSnapshot",
    target="Lightsail_20161128.CreateInstancesFromSnapshot",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateInstancesFromSnapshotRequest
) -> CreateInstancesFromSnapshotResult:
    """Validate, send and parse one CreateInstancesFromSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateInstancesFromSnapshotResult.from_wire(body)
