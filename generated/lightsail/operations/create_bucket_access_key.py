"""CreateBucketAccessKey: Creates a new access key for the specified Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateBucketAccessKey",
    target="Lightsail_20161128.CreateBucketAccessKey",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
