"""AttachInstancesToLoadBalancer: Attaches one or more Lightsail instances to a load balancer."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.attach_instances_to_load_balancer_request import (
    AttachInstancesToLoadBalancerRequest,
)
from ..shapes.attach_instances_to_load_balancer_result import (
    AttachInstancesToLoadBalancerResult,
)

OPERATION = OperationSpec(
    name="AttachInstancesToLoadBalancer",
    target="Lightsail_20161128.AttachInstancesToLoadBalancer",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "instanceNames": "instance_names",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: AttachInstancesToLoadBalancerRequest
) -> AttachInstancesToLoadBalancerResult:
    """Validate, send and parse one AttachInstancesToLoadBalancer call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return AttachInstancesToLoadBalancerResult.from_wire(body)
