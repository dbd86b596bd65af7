"""AttachLoadBalancerTlsCertificate: Attaches a Transport Layer Security (TLS) certificate to your load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.attach_load_balancer_tls_certificate_request import (
    AttachLoadBalancerTlsCertificateRequest,
)
from ..shapes.attach_load_balancer_tls_certificate_result import (
    AttachLoadBalancerTlsCertificateResult,
)

OPERATION = OperationSpec(
    name="AttachLoadBalancerTlsCertificate",
    target="Lightsail_20161128.AttachLoadBalancerTlsCertificate",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "certificateName": "certificate_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: AttachLoadBalancerTlsCertificateRequest
) -> AttachLoadBalancerTlsCertificateResult:
    """Validate, send and parse one AttachLoadBalancerTlsCertificate call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return AttachLoadBalancerTlsCertificateResult.from_wire(body)
