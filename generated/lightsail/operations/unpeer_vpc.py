"""UnpeerVpc: Unpeers the Lightsail VPC from the user's default VPC."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UnpeerVpc",
    target="Lightsail_20161128.UnpeerVpc",
    http_method="POST",
    request_uri="/",
)
