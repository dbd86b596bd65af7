"""GetKeyPairs: Returns information about all key pairs in the user's account."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_key_pairs_request import GetKeyPairsRequest
from ..shapes.get_key_pairs_result import GetKeyPairsResult

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


def call(engine: Engine, request: GetKeyPairsRequest) -> GetKeyPairsResult:
    """Validate, send and parse one GetKeyPairs call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetKeyPairsResult.from_wire(body)
