"""CloseInstancePublicPorts: Closes ports for a specific Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CloseInstancePublicPorts",
    target="Lightsail_20161128.CloseInstancePublicPorts",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "portInfo": "port_info",
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
