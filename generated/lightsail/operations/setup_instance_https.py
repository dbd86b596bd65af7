"""SetupInstanceHttps: Creates an SSL/TLS certificate that secures traffic for your website."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="SetupInstanceHttps",
    target="Lightsail_20161128.SetupInstanceHttps",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "emailAddress": "email_address",
    "domainNames": "domain_names",
    "certificateProvider": "certificate_provider",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
