"""ExportSnapshot: Exports an Amazon Lightsail instance or block storage disk snapshot to Amazon Elastic Compute Cloud (Amazon EC2)."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.export_snapshot_request import ExportSnapshotRequest
from ..shapes.export_snapshot_result import ExportSnapshotResult

OPERATION = OperationSpec(
    name="ExportSnapshot",
    target="Lightsail_20161128.ExportSnapshot",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "sourceSnapshotName": "source_snapshot_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: ExportSnapshotRequest) -> ExportSnapshotResult:
    """Validate, send and parse one ExportSnapshot call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return ExportSnapshotResult.from_wire(body)
