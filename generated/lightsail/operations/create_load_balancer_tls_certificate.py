"""CreateLoadBalancerTlsCertificate: Creates an SSL/TLS certificate for an Amazon Lightsail load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateLoadBalancerTlsCertificate",
    target="Lightsail_20161128.CreateLoadBalancerTlsCertificate",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "certificateName": "certificate_name",
    "certificateDomainName": "certificate_domain_name",
    "certificateAlternativeNames": "certificate_alternative_names",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
