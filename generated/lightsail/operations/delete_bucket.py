"""DeleteBucket: Deletes a Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteBucket",
    target="Lightsail_20161128.DeleteBucket",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
    "forceDelete": "force_delete",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
