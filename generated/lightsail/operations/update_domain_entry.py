"""UpdateDomainEntry: Updates a domain recordset after it is created."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateDomainEntry",
    target="Lightsail_20161128.UpdateDomainEntry",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
    "domainEntry": "domain_entry",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
