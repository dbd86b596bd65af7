"""GetBuckets: Returns information about one or more Amazon Lightsail buckets."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
