"""ImportKeyPair: Imports a public SSH key from a specific key pair."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="ImportKeyPair",
    target="Lightsail_20161128.ImportKeyPair",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "keyPairName": "key_pair_name",
    "publicKeyBase64": "public_key_base64",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
