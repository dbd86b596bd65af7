"""GetExportSnapshotRecords: Returns all export snapshot records created as a result of the ``export snapshot`` operation."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_export_snapshot_records_request import GetExportSnapshotRecordsRequest
from ..shapes.get_export_snapshot_records_result import GetExportSnapshotRecordsResult

OPERATION = OperationSpec(
    name="GetExportSnapshotRecords",
    target="Lightsail_20161128.GetExportSnapshotRecords",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetExportSnapshotRecordsRequest
) -> GetExportSnapshotRecordsResult:
    """Validate, send and parse one GetExportSnapshotRecords call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetExportSnapshotRecordsResult.from_wire(body)
