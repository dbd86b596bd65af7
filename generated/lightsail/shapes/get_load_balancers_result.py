"""GetLoadBalancersResult: The result of the ``GetLoadBalancers`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .load_balancer import LoadBalancer


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetLoadBalancersResult(Shape):
    """The result of the ``GetLoadBalancers`` operation."""

    load_balancers: list[LoadBalancer] | None = None
    """An array of LoadBalancer objects describing your load balancers."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetLoadBalancers``
    request and specify the next page token using the ``pageToken``
    parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancers": Rule("loadBalancers", "list", item=Rule("", "LoadBalancer")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        load_balancers: list[LoadBalancer] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.load_balancers = load_balancers
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetLoadBalancersResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancers")) is not None:
            kwargs["load_balancers"] = [
                None if item is None else LoadBalancer.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.load_balancers is not None:
            data["loadBalancers"] = [
                shape_to_dict(item) for item in self.load_balancers
            ]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
