"""UpdateBucketBundle: Updates the bundle, or storage plan, of an existing Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_bucket_bundle_request import UpdateBucketBundleRequest
from ..shapes.update_bucket_bundle_result import UpdateBucketBundleResult

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


def call(
    engine: Engine, request: UpdateBucketBundleRequest
) -> UpdateBucketBundleResult:
    """Validate, send and parse one UpdateBucketBundle call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateBucketBundleResult.from_wire(body)
