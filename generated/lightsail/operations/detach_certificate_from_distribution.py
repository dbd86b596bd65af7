"""DetachCertificateFromDistribution: Detaches an SSL/TLS certificate from your Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.detach_certificate_from_distribution_request import (
    DetachCertificateFromDistributionRequest,
)
from ..shapes.detach_certificate_from_distribution_result import (
    DetachCertificateFromDistributionResult,
)

OPERATION = OperationSpec(
    name="DetachCertificateFromDistribution",
    target="Lightsail_20161128.DetachCertificateFromDistribution",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DetachCertificateFromDistributionRequest
) -> DetachCertificateFromDistributionResult:
    """Validate, send and parse one DetachCertificateFromDistribution call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DetachCertificateFromDistributionResult.from_wire(body)
