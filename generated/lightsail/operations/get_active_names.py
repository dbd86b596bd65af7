"""GetActiveNames: Returns the names of all active (not deleted) resources."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetActiveNames",
    target="Lightsail_20161128.GetActiveNames",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
