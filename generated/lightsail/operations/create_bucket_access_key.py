"""CreateBucketAccessKey: Creates a new access key for the specified Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_bucket_access_key_request import CreateBucketAccessKeyRequest
from ..shapes.create_bucket_access_key_result import CreateBucketAccessKeyResult

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


def call(
    engine: Engine, request: CreateBucketAccessKeyRequest
) -> CreateBucketAccessKeyResult:
    """Validate, send and parse one CreateBucketAccessKey call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateBucketAccessKeyResult.from_wire(body)
