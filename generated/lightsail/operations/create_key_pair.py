"""CreateKeyPair: Creates a custom SSH key pair that you can use with an Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateKeyPair",
    target="Lightsail_20161128.CreateKeyPair",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "keyPairName": "key_pair_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
