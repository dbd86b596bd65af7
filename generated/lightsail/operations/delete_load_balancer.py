"""DeleteLoadBalancer: Deletes a Lightsail load balancer and all its associated SSL/TLS certificates."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteLoadBalancer",
    target="Lightsail_20161128.DeleteLoadBalancer",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
