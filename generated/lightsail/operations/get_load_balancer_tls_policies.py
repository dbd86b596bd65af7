"""GetLoadBalancerTlsPolicies: Returns a list of TLS security policies that you can apply to Lightsail load balancers."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
