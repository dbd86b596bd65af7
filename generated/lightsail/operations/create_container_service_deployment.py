"""CreateContainerServiceDeployment: Creates a deployment for your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateContainerServiceDeployment",
    target="Lightsail_20161128.CreateContainerServiceDeployment",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "publicEndpoint": "public_endpoint",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
