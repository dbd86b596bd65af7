"""CreateDomain: Creates a domain resource for the specified domain (example.com)."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateDomain",
    target="Lightsail_20161128.CreateDomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
