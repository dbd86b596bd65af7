"""GetLoadBalancerRequest: The arguments of the ``GetLoadBalancer`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetLoadBalancerRequest(Shape):
    """The arguments of the ``GetLoadBalancer`` operation."""

    load_balancer_name: str
    """The name of the load balancer."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer_name": Rule("loadBalancerName", "string", required=True),
    }

    def __init__(self, *, load_balancer_name: str) -> None:
        self.load_balancer_name = load_balancer_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetLoadBalancerRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "loadBalancerName": self.load_balancer_name,
        }
        return data

    to_wire = to_dict
