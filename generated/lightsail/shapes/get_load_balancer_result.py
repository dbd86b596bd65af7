"""GetLoadBalancerResult: The result of the ``GetLoadBalancer`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .load_balancer import LoadBalancer


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetLoadBalancerResult(Shape):
    """The result of the ``GetLoadBalancer`` operation."""

    load_balancer: LoadBalancer | None = None
    """An object containing information about your load balancer."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer": Rule("loadBalancer", "LoadBalancer"),
    }

    def __init__(self, *, load_balancer: LoadBalancer | None = None) -> None:
        self.load_balancer = load_balancer

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetLoadBalancerResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancer")) is not None:
            kwargs["load_balancer"] = LoadBalancer.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.load_balancer is not None:
            data["loadBalancer"] = self.load_balancer.to_dict()
        return data

    from_wire = from_dict
