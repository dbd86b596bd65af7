"""GetCertificates: Returns information about one or more Amazon Lightsail SSL/TLS certificates."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetCertificates",
    target="Lightsail_20161128.GetCertificates",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "certificateStatuses": "certificate_statuses",
    "includeCertificateDetails": "include_certificate_details",
    "certificateName": "certificate_name",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
