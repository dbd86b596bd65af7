"""DetachInstancesFromLoadBalancer: Detaches the specified instances from a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DetachInstancesFromLoadBalancer",
    target="Lightsail_20161128.DetachInstancesFromLoadBalancer",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "instanceNames": "instance_names",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
