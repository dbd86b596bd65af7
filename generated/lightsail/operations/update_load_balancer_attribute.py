"""UpdateLoadBalancerAttribute: Updates the specified attribute for a load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.update_load_balancer_attribute_request import (
    UpdateLoadBalancerAttributeRequest,
)
from ..shapes.update_load_balancer_attribute_result import (
    UpdateLoadBalancerAttributeResult,
)

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


def call(
    engine: Engine, request: UpdateLoadBalancerAttributeRequest
) -> UpdateLoadBalancerAttributeResult:
    """Validate, send and parse one UpdateLoadBalancerAttribute call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UpdateLoadBalancerAttributeResult.from_wire(body)
