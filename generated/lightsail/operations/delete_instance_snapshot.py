"""DeleteInstanceSnapshot: Deletes a specific snapshot of a virtual private server (or *instance*)."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_instance_snapshot_request import DeleteInstanceSnapshotRequest
from ..shapes.delete_instance_snapshot_result import DeleteInstanceSnapshotResult

OPERATION = OperationSpec(
    name="DeleteInstanceSnapshot",
    target="Lightsail_20161128.DeleteInstanceSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceSnapshotName": "instance_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteInstanceSnapshotRequest
) -> DeleteInstanceSnapshotResult:
    """Validate, send and parse one DeleteInstanceSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteInstanceSnapshotResult.from_wire(body)
