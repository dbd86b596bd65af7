"""DeleteLoadBalancer: Deletes a Lightsail load balancer and all its associated SSL/TLS certificates."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_load_balancer_request import DeleteLoadBalancerRequest
from ..shapes.delete_load_balancer_result import DeleteLoadBalancerResult

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


def call(
    engine: Engine, request: DeleteLoadBalancerRequest
) -> DeleteLoadBalancerResult:
    """Validate, send and parse one DeleteLoadBalancer call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteLoadBalancerResult.from_wire(body)
