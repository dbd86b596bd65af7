"""OpenInstancePublicPortsRequest: The arguments of the ``OpenInstancePublicPorts`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .port_info import PortInfo


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class OpenInstancePublicPortsRequest(Shape):
    """The arguments of the ``OpenInstancePublicPorts`` operation."""

    port_info: PortInfo
    """An object to describe the ports to open for the specified instance."""

    instance_name: str
    """The name of the instance for which to open ports."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "port_info": Rule("portInfo", "PortInfo", required=True),
        "instance_name": Rule("instanceName", "string", required=True),
    }

    def __init__(self, *, port_info: PortInfo, instance_name: str) -> None:
        self.port_info = port_info
        self.instance_name = instance_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OpenInstancePublicPortsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("portInfo")) is not None:
            kwargs["port_info"] = PortInfo.from_dict(value)
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "portInfo": self.port_info.to_dict(),
            "instanceName": self.instance_name,
        }
        return data

    to_wire = to_dict
