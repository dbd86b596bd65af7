"""DeleteSubdomain: Deletes a Lightsail subdomain."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteSubdomain",
    target="Lightsail_20161128.DeleteSubdomain",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "subdomainName": "subdomain_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
