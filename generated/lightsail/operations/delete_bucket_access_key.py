"""DeleteBucketAccessKey: Deletes an access key for the specified Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_bucket_access_key_request import DeleteBucketAccessKeyRequest
from ..shapes.delete_bucket_access_key_result import DeleteBucketAccessKeyResult

OPERATION = OperationSpec(
    name="DeleteBucketAccessKey",
    target="Lightsail_20161128.DeleteBucketAccessKey",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
    "accessKeyId": "access_key_id",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteBucketAccessKeyRequest
) -> DeleteBucketAccessKeyResult:
    """Validate, send and parse one DeleteBucketAccessKey call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteBucketAccessKeyResult.from_wire(body)
