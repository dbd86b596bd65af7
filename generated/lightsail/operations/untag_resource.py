"""UntagResource: Deletes the specified set of tag keys and their values from the specified Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UntagResource",
    target="Lightsail_20161128.UntagResource",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "tagKeys": "tag_keys",
    "resourceArn": "resource_arn",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
