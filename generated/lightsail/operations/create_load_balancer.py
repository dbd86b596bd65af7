"""CreateLoadBalancer: Creates a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_load_balancer_request import CreateLoadBalancerRequest
from ..shapes.create_load_balancer_result import CreateLoadBalancerResult

OPERATION = OperationSpec(
    name="CreateLoadBalancer",
    target="Lightsail_20161128.CreateLoadBalancer",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "instancePort": "instance_port",
    "healthCheckPath": "health_check_path",
    "certificateName": "certificate_name",
    "certificateDomainName": "certificate_domain_name",
    "certificateAlternativeNames": "certificate_alternative_names",
    "ipAddressType": "ip_address_type",
    "tlsPolicyName": "tls_policy_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: CreateLoadBalancerRequest
) -> CreateLoadBalancerResult:
    """Validate, send and parse one CreateLoadBalancer call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateLoadBalancerResult.from_wire(body)
