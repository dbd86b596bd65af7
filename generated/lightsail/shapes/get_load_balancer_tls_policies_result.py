"""GetLoadBalancerTlsPoliciesResult: The result of the ``GetLoadBalancerTlsPolicies`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .load_balancer_tls_policy import LoadBalancerTlsPolicy


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetLoadBalancerTlsPoliciesResult(Shape):
    """The result of the ``GetLoadBalancerTlsPolicies`` operation."""

    tls_policies: list[LoadBalancerTlsPolicy] | None = None
    """An array of objects that describe the TLS security policies that are
    available.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetLoadBalancerTlsPolicies`` request and specify the next page token
    using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "tls_policies": Rule(
            "tlsPolicies", "list", item=Rule("", "LoadBalancerTlsPolicy")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        tls_policies: list[LoadBalancerTlsPolicy] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.tls_policies = tls_policies
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetLoadBalancerTlsPoliciesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("tlsPolicies")) is not None:
            kwargs["tls_policies"] = [
                None if item is None else LoadBalancerTlsPolicy.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.tls_policies is not None:
            data["tlsPolicies"] = [shape_to_dict(item) for item in self.tls_policies]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
