"""GetSetupHistory: Returns detailed information for five of the most recent ``SetupInstanceHttps`` requests that were ran on the target instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetSetupHistory",
    target="Lightsail_20161128.GetSetupHistory",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
