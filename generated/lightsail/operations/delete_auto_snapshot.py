"""DeleteAutoSnapshot: Deletes an automatic snapshot of an instance or disk."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_auto_snapshot_request import DeleteAutoSnapshotRequest
from ..shapes.delete_auto_snapshot_result import DeleteAutoSnapshotResult

OPERATION = OperationSpec(
    name="DeleteAutoSnapshot",
    target="Lightsail_20161128.DeleteAutoSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteAutoSnapshotRequest
) -> DeleteAutoSnapshotResult:
    """Validate, send and parse one DeleteAutoSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteAutoSnapshotResult.from_wire(body)
