"""GetAutoSnapshots: Returns the available automatic snapshots for an instance or disk."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_auto_snapshots_request import GetAutoSnapshotsRequest
from ..shapes.get_auto_snapshots_result import GetAutoSnapshotsResult

OPERATION = OperationSpec(
    name="GetAutoSnapshots",
    target="Lightsail_20161128.GetAutoSnapshots",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetAutoSnapshotsRequest) -> GetAutoSnapshotsResult:
    """Validate, send and parse one GetAutoSnapshots call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetAutoSnapshotsResult.from_wire(body)
