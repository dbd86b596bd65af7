"""DownloadDefaultKeyPair: Downloads the regional Amazon Lightsail default key pair."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.download_default_key_pair_request import DownloadDefaultKeyPairRequest
from ..shapes.download_default_key_pair_result import DownloadDefaultKeyPairResult

OPERATION = OperationSpec(
    name="DownloadDefaultKeyPair",
    target="Lightsail_20161128.DownloadDefaultKeyPair",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: DownloadDefaultKeyPairRequest
) -> DownloadDefaultKeyPairResult:
    """Validate, send and parse one DownloadDefaultKeyPair call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DownloadDefaultKeyPairResult.from_wire(body)
