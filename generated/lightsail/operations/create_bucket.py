"""CreateBucket: Creates an Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_bucket_request import CreateBucketRequest
from ..shapes.create_bucket_result import CreateBucketResult

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


def call(engine: Engine, request: CreateBucketRequest) -> CreateBucketResult:
    """Validate, send and parse one CreateBucket call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateBucketResult.from_wire(body)
