"""CreateBucket: Creates an Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateBucket",
    target="Lightsail_20161128.CreateBucket",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
    "bundleId": "bundle_id",
    "enableObjectVersioning": "enable_object_versioning",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
