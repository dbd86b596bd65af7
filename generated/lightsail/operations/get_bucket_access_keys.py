"""GetBucketAccessKeys: Returns the existing access key IDs for the specified Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_bucket_access_keys_request import GetBucketAccessKeysRequest
from ..shapes.get_bucket_access_keys_result import GetBucketAccessKeysResult

OPERATION = OperationSpec(
    name="GetBucketAccessKeys",
    target="Lightsail_20161128.GetBucketAccessKeys",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetBucketAccessKeysRequest
) -> GetBucketAccessKeysResult:
    """Validate, send and parse one GetBucketAccessKeys call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetBucketAccessKeysResult.from_wire(body)
