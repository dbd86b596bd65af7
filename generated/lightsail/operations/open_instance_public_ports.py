"""OpenInstancePublicPorts: Opens ports for a specific Amazon Lightsail instance, and specifies the IP addresses allowed to connect to the instance through the ports, and the protocol."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="OpenInstancePublicPorts",
    target="Lightsail_20161128.OpenInstancePublicPorts",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "portInfo": "port_info",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
