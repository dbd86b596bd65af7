"""GetInstanceSnapshots: Returns all instance snapshots for the user's account."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instance_snapshots_request import GetInstanceSnapshotsRequest
from ..shapes.get_instance_snapshots_result import GetInstanceSnapshotsResult

OPERATION = OperationSpec(
    name="GetInstanceSnapshots",
    target="Lightsail_20161128.GetInstanceSnapshots",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetInstanceSnapshotsRequest
) -> GetInstanceSnapshotsResult:
    """Validate, send and parse one GetInstanceSnapshots call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstanceSnapshotsResult.from_wire(body)
