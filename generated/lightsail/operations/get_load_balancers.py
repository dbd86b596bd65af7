"""GetLoadBalancers: Returns information about all load balancers in an account."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
