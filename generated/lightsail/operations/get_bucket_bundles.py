"""GetBucketBundles: Returns the bundles that you can apply to a Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_bucket_bundles_request import GetBucketBundlesRequest
from ..shapes.get_bucket_bundles_result import GetBucketBundlesResult

OPERATION = OperationSpec(
    name="GetBucketBundles",
    target="Lightsail_20161128.GetBucketBundles",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeInactive": "include_inactive",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetBucketBundlesRequest) -> GetBucketBundlesResult:
    """Validate, send and parse one GetBucketBundles call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetBucketBundlesResult.from_wire(body)
