"""GetKeyPairs: Returns information about all key pairs in the user's account."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetKeyPairs",
    target="Lightsail_20161128.GetKeyPairs",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "includeDefaultKeyPair": "include_default_key_pair",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
