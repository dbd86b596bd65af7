"""DeleteKeyPair: Deletes the specified key pair by removing the public key from Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_key_pair_request import DeleteKeyPairRequest
from ..shapes.delete_key_pair_result import DeleteKeyPairResult

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


def call(engine: Engine, request: DeleteKeyPairRequest) -> DeleteKeyPairResult:
    """Validate, send and parse one DeleteKeyPair call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteKeyPairResult.from_wire(body)
