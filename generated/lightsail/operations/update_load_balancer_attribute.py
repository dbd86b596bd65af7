"""UpdateLoadBalancerAttribute: Updates the specified attribute for a load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="UpdateLoadBalancerAttribute",
    target="Lightsail_20161128.UpdateLoadBalancerAttribute",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "attributeName": "attribute_name",
    "attributeValue": "attribute_value",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
