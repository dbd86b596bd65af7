"""UpdateBucketBundle: Updates the bundle, or storage plan, of an existing Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateBucketBundle",
    target="Lightsail_20161128.UpdateBucketBundle",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
    "bundleId": "bundle_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
