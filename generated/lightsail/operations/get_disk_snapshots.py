"""GetDiskSnapshots: Returns information about all block storage disk snapshots in your AWS account and region."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
