"""DeleteLoadBalancerTlsCertificate: Deletes an SSL/TLS certificate associated with a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
