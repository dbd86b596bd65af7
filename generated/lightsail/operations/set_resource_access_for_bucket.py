"""SetResourceAccessForBucket: Sets the Amazon Lightsail resources that can access the specified Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="SetResourceAccessForBucket",
    target="Lightsail_20161128.SetResourceAccessForBucket",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "bucketName": "bucket_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
