"""DownloadDefaultKeyPair: Downloads the regional Amazon Lightsail default key pair."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DownloadDefaultKeyPair",
    target="Lightsail_20161128.DownloadDefaultKeyPair",
    http_method="POST",
    request_uri="/",
)
