"""TagResource: Adds one or more tags to the specified Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="TagResource",
    target="Lightsail_20161128.TagResource",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "resourceArn": "resource_arn",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
