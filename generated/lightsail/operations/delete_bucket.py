"""DeleteBucket: Deletes a Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_bucket_request import DeleteBucketRequest
from ..shapes.delete_bucket_result import DeleteBucketResult

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


def call(engine: Engine, request: DeleteBucketRequest) -> DeleteBucketResult:
    """Validate, send and parse one DeleteBucket call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteBucketResult.from_wire(body)
