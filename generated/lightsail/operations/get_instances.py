"""GetInstances: Returns information about all Amazon Lightsail virtual private servers, or *instances*."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetInstances",
    target="Lightsail_20161128.GetInstances",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "includeHealthStatus": "include_health_status",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
