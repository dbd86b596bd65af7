"""AttachStaticIpRequest: The arguments of the ``AttachStaticIp`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AttachStaticIpRequest(Shape):
    """The arguments of the ``AttachStaticIp`` operation."""

    static_ip_name: str
    """The name of the static IP."""

    instance_name: str
    """The instance name to which you want to attach the static IP address."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "static_ip_name": Rule("staticIpName", "string", required=True),
        "instance_name": Rule("instanceName", "string", required=True),
    }

    def __init__(self, *, static_ip_name: str, instance_name: str) -> None:
        self.static_ip_name = static_ip_name
        self.instance_name = instance_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachStaticIpRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("staticIpName")) is not None:
            kwargs["static_ip_name"] = value
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "staticIpName": self.static_ip_name,
            "instanceName": self.instance_name,
        }
        return data

    to_wire = to_dict
