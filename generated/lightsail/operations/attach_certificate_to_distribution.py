"""AttachCertificateToDistribution: Attaches an SSL/TLS certificate to your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.attach_certificate_to_distribution_request import (
    AttachCertificateToDistributionRequest,
)
from ..shapes.attach_certificate_to_distribution_result import (
    AttachCertificateToDistributionResult,
)

OPERATION = OperationSpec(
    name="AttachCertificateToDistribution",
    target="Lightsail_20161128.AttachCertificateToDistribution",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "certificateName": "certificate_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: AttachCertificateToDistributionRequest
) -> AttachCertificateToDistributionResult:
    """Validate, send and parse one AttachCertificateToDistribution call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return AttachCertificateToDistributionResult.from_wire(body)
