"""UpdateBucket: Updates an existing Amazon Lightsail bucket."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
