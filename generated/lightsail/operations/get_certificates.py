"""GetCertificates: Returns information about one or more Amazon Lightsail SSL/TLS certificates."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_certificates_request import GetCertificatesRequest
from ..shapes.get_certificates_result import GetCertificatesResult

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


def call(engine: Engine, request: GetCertificatesRequest) -> GetCertificatesResult:
    """Validate, send and parse one GetCertificates call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetCertificatesResult.from_wire(body)
