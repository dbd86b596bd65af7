"""CreateContainerService: Creates an Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateContainerService",
    target="Lightsail_20161128.CreateContainerService",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "publicDomainNames": "public_domain_names",
    "privateRegistryAccess": "private_registry_access",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
