"""GetInstancePortStates: Returns the firewall port states for a specific Amazon Lightsail instance, the IP addresses allowed to connect to the instance through the ports, and the protocol."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetInstancePortStates",
    target="Lightsail_20161128.GetInstancePortStates",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
