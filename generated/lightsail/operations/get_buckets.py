"""GetBuckets: Returns information about one or more Amazon Lightsail buckets."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_buckets_request import GetBucketsRequest
from ..shapes.get_buckets_result import GetBucketsResult

OPERATION = OperationSpec(
    name="GetBuckets",
    target="Lightsail_20161128.GetBuckets",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
    "pageToken": "page_token",
    "includeConnectedResources": "include_connected_resources",
    "includeCors": "include_cors",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetBucketsRequest) -> GetBucketsResult:
    """Validate, send and parse one GetBuckets call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetBucketsResult.from_wire(body)
