"""AttachStaticIp: Attaches a static IP address to a specific Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="AttachStaticIp",
    target="Lightsail_20161128.AttachStaticIp",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "staticIpName": "static_ip_name",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
