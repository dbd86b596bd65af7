"""ExportSnapshot: Exports an Amazon Lightsail instance or block storage disk snapshot to Amazon Elastic Compute Cloud (Amazon EC2)."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
