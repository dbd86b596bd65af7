"""GetLoadBalancer: Returns information about the specified Lightsail load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_load_balancer_request import GetLoadBalancerRequest
from ..shapes.get_load_balancer_result import GetLoadBalancerResult

OPERATION = OperationSpec(
    name="GetLoadBalancer",
    target="Lightsail_20161128.GetLoadBalancer",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetLoadBalancerRequest) -> GetLoadBalancerResult:
    """Validate, send and parse one GetLoadBalancer call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetLoadBalancerResult.from_wire(body)
