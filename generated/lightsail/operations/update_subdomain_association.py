"""UpdateSubdomainAssociation: Associates a Lightsail subdomain with a resource, disassociates it from a resource, or moves it from one resource to another resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateSubdomainAssociation",
    target="Lightsail_20161128.UpdateSubdomainAssociation",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
    "targetResourceArn": "target_resource_arn",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
