"""GetLoadBalancers: Returns information about all load balancers in an account."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_load_balancers_request import GetLoadBalancersRequest
from ..shapes.get_load_balancers_result import GetLoadBalancersResult

OPERATION = OperationSpec(
    name="GetLoadBalancers",
    target="Lightsail_20161128.GetLoadBalancers",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetLoadBalancersRequest) -> GetLoadBalancersResult:
    """Validate, send and parse one GetLoadBalancers call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetLoadBalancersResult.from_wire(body)
