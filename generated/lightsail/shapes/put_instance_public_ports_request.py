"""PutInstancePublicPortsRequest: The arguments of the ``PutInstancePublicPorts`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .port_info import PortInfo


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PutInstancePublicPortsRequest(Shape):
    """The arguments of the ``PutInstancePublicPorts`` operation."""

    port_infos: list[PortInfo]
    """An array of objects to describe the ports to open for the specified
    instance.
    """

    instance_name: str
    """The name of the instance for which to open ports."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "port_infos": Rule(
            "portInfos", "list", required=True, item=Rule("", "PortInfo")
        ),
        "instance_name": Rule("instanceName", "string", required=True),
    }

    def __init__(self, *, port_infos: list[PortInfo], instance_name: str) -> None:
        self.port_infos = port_infos
        self.instance_name = instance_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PutInstancePublicPortsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("portInfos")) is not None:
            kwargs["port_infos"] = [
                None if item is None else PortInfo.from_dict(item) for item in value
            ]
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "portInfos": [shape_to_dict(item) for item in self.port_infos],
            "instanceName": self.instance_name,
        }
        return data

    to_wire = to_dict
