"""GetInstanceSnapshot: Returns information about a specific instance snapshot."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instance_snapshot_request import GetInstanceSnapshotRequest
from ..shapes.get_instance_snapshot_result import GetInstanceSnapshotResult

OPERATION = OperationSpec(
    name="GetInstanceSnapshot",
    target="Lightsail_20161128.GetInstanceSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceSnapshotName": "instance_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetInstanceSnapshotRequest
) -> GetInstanceSnapshotResult:
    """Validate, send and parse one GetInstanceSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstanceSnapshotResult.from_wire(body)
