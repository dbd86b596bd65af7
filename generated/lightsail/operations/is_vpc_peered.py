"""IsVpcPeered: Returns a Boolean value indicating whether your Lightsail VPC is peered."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="IsVpcPeered",
    target="Lightsail_20161128.IsVpcPeered",
    http_method="POST",
    request_uri="/",
)
