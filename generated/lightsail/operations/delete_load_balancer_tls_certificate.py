"""DeleteLoadBalancerTlsCertificate: Deletes an SSL/TLS certificate associated with a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_load_balancer_tls_certificate_request import (
    DeleteLoadBalancerTlsCertificateRequest,
)
from ..shapes.delete_load_balancer_tls_certificate_result import (
    DeleteLoadBalancerTlsCertificateResult,
)

OPERATION = OperationSpec(
    name="DeleteLoadBalancerTlsCertificate",
    target="Lightsail_20161128.DeleteLoadBalancerTlsCertificate",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "certificateName": "certificate_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteLoadBalancerTlsCertificateRequest
) -> DeleteLoadBalancerTlsCertificateResult:
    """Validate, send and parse one DeleteLoadBalancerTlsCertificate call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteLoadBalancerTlsCertificateResult.from_wire(body)
