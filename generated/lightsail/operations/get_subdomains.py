"""GetSubdomains: Returns information about one or more of your Lightsail subdomains."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetSubdomains",
    target="Lightsail_20161128.GetSubdomains",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
