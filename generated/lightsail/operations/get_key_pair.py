"""GetKeyPair: Returns information about a specific key pair."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_key_pair_request import GetKeyPairRequest
from ..shapes.get_key_pair_result import GetKeyPairResult

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


def call(engine: Engine, request: GetKeyPairRequest) -> GetKeyPairResult:
    """Validate, send and parse one GetKeyPair call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetKeyPairResult.from_wire(body)
