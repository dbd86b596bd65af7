"""UpdateContainerService: Updates the configuration of your Amazon Lightsail container service, such as its power, scale, and public domain names."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateContainerService",
    target="Lightsail_20161128.UpdateContainerService",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "isDisabled": "is_disabled",
    "publicDomainNames": "public_domain_names",
    "privateRegistryAccess": "private_registry_access",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
