"""GetLoadBalancerTlsCertificates: Returns information about the TLS certificates that are associated with the specified Lightsail load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_load_balancer_tls_certificates_request import (
    GetLoadBalancerTlsCertificatesRequest,
)
from ..shapes.get_load_balancer_tls_certificates_result import (
    GetLoadBalancerTlsCertificatesResult,
)

OPERATION = OperationSpec(
    name="GetLoadBalancerTlsCertificates",
    target="Lightsail_20161128.GetLoadBalancerTlsCertificates",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetLoadBalancerTlsCertificatesRequest
) -> GetLoadBalancerTlsCertificatesResult:
    """Validate, send and parse one GetLoadBalancerTlsCertificates call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetLoadBalancerTlsCertificatesResult.from_wire(body)
