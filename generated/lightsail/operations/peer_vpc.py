"""PeerVpc: Peers the Lightsail VPC with the user's default VPC."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="PeerVpc",
    target="Lightsail_20161128.PeerVpc",
    http_method="POST",
    request_uri="/",
)
