"""DeleteKeyPair: Deletes the specified key pair by removing the public key from Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteKeyPair",
    target="Lightsail_20161128.DeleteKeyPair",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "keyPairName": "key_pair_name",
    "expectedFingerprint": "expected_fingerprint",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
