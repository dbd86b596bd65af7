"""ImportKeyPair: Imports a public SSH key from a specific key pair."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.import_key_pair_request import ImportKeyPairRequest
from ..shapes.import_key_pair_result import ImportKeyPairResult

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


def call(engine: Engine, request: ImportKeyPairRequest) -> ImportKeyPairResult:
    """Validate, send and parse one ImportKeyPair call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return ImportKeyPairResult.from_wire(body)
