"""CreateKeyPair: Creates a custom SSH key pair that you can use with an Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_key_pair_request import CreateKeyPairRequest
from ..shapes.create_key_pair_result import CreateKeyPairResult

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


def call(engine: Engine, request: CreateKeyPairRequest) -> CreateKeyPairResult:
    """Validate, send and parse one CreateKeyPair call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateKeyPairResult.from_wire(body)
