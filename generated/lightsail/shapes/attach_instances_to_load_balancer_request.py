"""AttachInstancesToLoadBalancerRequest: The arguments of the ``AttachInstancesToLoadBalancer`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AttachInstancesToLoadBalancerRequest(Shape):
    """The arguments of the ``AttachInstancesToLoadBalancer`` operation."""

    load_balancer_name: str
    """The name of the load balancer."""

    instance_names: list[str]
    """An array of strings representing the instance name(s) you want to attach
    to your load balancer.

    An instance must be ``running`` before you can attach it to your load
    balancer.

    There are no additional limits on the number of instances you can attach
    to your load balancer, aside from the limit of Lightsail instances you
    can create in your account (20).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer_name": Rule("loadBalancerName", "string", required=True),
        "instance_names": Rule(
            "instanceNames", "list", required=True, item=Rule("", "string")
        ),
    }

    def __init__(self, *, load_balancer_name: str, instance_names: list[str]) -> None:
        self.load_balancer_name = load_balancer_name
        self.instance_names = instance_names

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachInstancesToLoadBalancerRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        if (value := data.get("instanceNames")) is not None:
            kwargs["instance_names"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "loadBalancerName": self.load_balancer_name,
            "instanceNames": self.instance_names,
        }
        return data

    to_wire = to_dict
