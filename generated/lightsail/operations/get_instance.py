"""GetInstance: Returns information about a specific Amazon Lightsail instance, which is a virtual private server."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetInstance",
    target="Lightsail_20161128.GetInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "includeHealthStatus": "include_health_status",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
