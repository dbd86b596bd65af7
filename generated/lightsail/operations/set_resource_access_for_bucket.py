"""SetResourceAccessForBucket: Sets the Amazon Lightsail resources that can access the specified Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.set_resource_access_for_bucket_request import (
    SetResourceAccessForBucketRequest,
)
from ..shapes.set_resource_access_for_bucket_result import (
    SetResourceAccessForBucketResult,
)

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


def call(
    engine: Engine, request: SetResourceAccessForBucketRequest
) -> SetResourceAccessForBucketResult:
    """Validate, send and parse one SetResourceAccessForBucket call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return SetResourceAccessForBucketResult.from_wire(body)
