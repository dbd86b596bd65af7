"""UpdateBucket: Updates an existing Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_bucket_request import UpdateBucketRequest
from ..shapes.update_bucket_result import UpdateBucketResult

OPERATION = OperationSpec(
    name="UpdateBucket",
    target="Lightsail_20161128.UpdateBucket",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "bucketName": "bucket_name",
    "accessRules": "access_rules",
    "readonlyAccessAccounts": "readonly_access_accounts",
    "accessLogConfig": "access_log_config",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: UpdateBucketRequest) -> UpdateBucketResult:
    """Validate, send and parse one UpdateBucket call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateBucketResult.from_wire(body)
