"""CreateInstanceSnapshot: Creates a snapshot of a specific virtual private server, or *instance*."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_instance_snapshot_request import CreateInstanceSnapshotRequest
from ..shapes.create_instance_snapshot_result import CreateInstanceSnapshotResult

OPERATION = OperationSpec(
    name="CreateInstanceSnapshot",
    target="Lightsail_20161128.CreateInstanceSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceSnapshotName": "instance_snapshot_name",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateInstanceSnapshotRequest
) -> CreateInstanceSnapshotResult:
    """Validate, send and parse one CreateInstanceSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateInstanceSnapshotResult.from_wire(body)
