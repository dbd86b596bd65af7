"""DetachStaticIp: Detaches a static IP from the Amazon Lightsail instance to which it is attached."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DetachStaticIp",
    target="Lightsail_20161128.DetachStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
