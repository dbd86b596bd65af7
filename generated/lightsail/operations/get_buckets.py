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


def call(engine: Engine, request: GetBucketsRequest) -> GetBucketsResult:
    """Validate, send and parse one GetBuckets call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetBucketsResult.from_wire(body)
