"""CreateCertificate: Creates an SSL/TLS certificate for an Amazon Lightsail content delivery network (CDN) distribution and a container service."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateCertificate",
    target="Lightsail_20161128.CreateCertificate",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "certificateName": "certificate_name",
    "domainName": "domain_name",
    "subjectAlternativeNames": "subject_alternative_names",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
