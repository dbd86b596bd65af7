"""GetLoadBalancerTlsPolicies: Returns a list of TLS security policies that you can apply to Lightsail load balancers."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_load_balancer_tls_policies_request import (
    GetLoadBalancerTlsPoliciesRequest,
)
from ..shapes.get_load_balancer_tls_policies_result import (
    GetLoadBalancerTlsPoliciesResult,
)

OPERATION = OperationSpec(
    name="GetLoadBalancerTlsPolicies",
    target="Lightsail_20161128.GetLoadBalancerTlsPolicies",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetLoadBalancerTlsPoliciesRequest
) -> GetLoadBalancerTlsPoliciesResult:
    """Validate, send and parse one GetLoadBalancerTlsPolicies call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetLoadBalancerTlsPoliciesResult.from_wire(body)
