"""CreateDomainEntry: Creates one of the following domain name system (DNS) records in a domain DNS zone: Address (A), canonical name (CNAME), mail exchanger (MX), name server (NS), start of authority (SOA), service locator (SRV), or text (TXT)."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateDomainEntry",
    target="Lightsail_20161128.CreateDomainEntry",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "domainName": "domain_name",
    "domainEntry": "domain_entry",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
