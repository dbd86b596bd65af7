"""GetOperationsForResource: Gets operations for a specific resource (an instance or a static IP)."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetOperationsForResource",
    target="Lightsail_20161128.GetOperationsForResource",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
