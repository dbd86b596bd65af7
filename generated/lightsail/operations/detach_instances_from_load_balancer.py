"""DetachInstancesFromLoadBalancer: Detaches the specified instances from a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.detach_instances_from_load_balancer_request import (
    DetachInstancesFromLoadBalancerRequest,
)
from ..shapes.detach_instances_from_load_balancer_result import (
    DetachInstancesFromLoadBalancerResult,
)

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


def call(
    engine: Engine, request: DetachInstancesFromLoadBalancerRequest
) -> DetachInstancesFromLoadBalancerResult:
    """Validate, send and parse one DetachInstancesFromLoadBalancer call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DetachInstancesFromLoadBalancerResult.from_wire(body)
