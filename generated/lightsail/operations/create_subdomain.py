"""CreateSubdomain: Creates a Lightsail subdomain, such as ``mysite``, with the web address ``mysite.amazonlightsail.com``."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateSubdomain",
    target="Lightsail_20161128.CreateSubdomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
