"""GetDiskSnapshots: Returns information about all block storage disk snapshots in your AWS account and region."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_disk_snapshots_request import GetDiskSnapshotsRequest
from ..shapes.get_disk_snapshots_result import GetDiskSnapshotsResult

OPERATION = OperationSpec(
    name="GetDiskSnapshots",
    target="Lightsail_20161128.GetDiskSnapshots",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetDiskSnapshotsRequest) -> GetDiskSnapshotsResult:
    """Validate, send and parse one GetDiskSnapshots call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDiskSnapshotsResult.from_wire(body)
