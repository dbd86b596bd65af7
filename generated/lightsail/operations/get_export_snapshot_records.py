"""GetExportSnapshotRecords: Returns all export snapshot records created as a result of the ``export snapshot`` operation."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
