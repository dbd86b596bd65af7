"""GetKeyPair: Returns information about a specific key pair."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetKeyPair",
    target="Lightsail_20161128.GetKeyPair",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "keyPairName": "key_pair_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
