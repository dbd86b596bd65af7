"""DeleteCertificate: Deletes an SSL/TLS certificate for your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteCertificate",
    target="Lightsail_20161128.DeleteCertificate",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "certificateName": "certificate_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
