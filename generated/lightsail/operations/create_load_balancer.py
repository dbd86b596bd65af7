"""CreateLoadBalancer: Creates a Lightsail load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_load_balancer_request import CreateLoadBalancerRequest
from ..shapes.create_load_balancer_result import CreateLoadBalancerResult

OPERATION = OperationSpec(
    name="CreateLoadBalancer",
    target="Lightsail_20161128.CreateLoadBalancer",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateLoadBalancerRequest
) -> CreateLoadBalancerResult:
    """Validate, send and parse one CreateLoadBalancer call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateLoadBalancerResult.from_wire(body)
