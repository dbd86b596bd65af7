"""GetLoadBalancerTlsCertificates: Returns information about the TLS certificates that are associated with the specified Lightsail load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
