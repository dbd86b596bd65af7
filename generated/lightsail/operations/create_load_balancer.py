"""CreateLoadBalancer: Creates a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
