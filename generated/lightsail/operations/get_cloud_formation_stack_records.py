"""GetCloudFormationStackRecords: Returns the CloudFormation stack record created as a result of the ``create cloud formation stack`` operation."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetCloudFormationStackRecords",
    target="Lightsail_20161128.GetCloudFormationStackRecords",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
