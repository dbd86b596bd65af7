"""DeleteCertificate: Deletes an SSL/TLS certificate for your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_certificate_request import DeleteCertificateRequest
from ..shapes.delete_certificate_result import DeleteCertificateResult

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


def call(engine: Engine, request: DeleteCertificateRequest) -> DeleteCertificateResult:
    """Validate, send and parse one DeleteCertificate call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteCertificateResult.from_wire(body)
