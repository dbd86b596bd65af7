"""InstanceNetworking: Describes monthly data transfer rates and port information for an instance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .instance_port_info import InstancePortInfo
from .monthly_transfer import MonthlyTransfer


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceNetworking(Shape):
    """Describes monthly data transfer rates and port information for an
    instance.
    """

    monthly_transfer: MonthlyTransfer | None = None
    """The amount of data in GB allocated for monthly data transfers."""

    ports: list[InstancePortInfo] | None = None
    """An array of key-value pairs containing information about the ports on
    the instance.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "monthly_transfer": Rule("monthlyTransfer", "MonthlyTransfer"),
        "ports": Rule("ports", "list", item=Rule("", "InstancePortInfo")),
    }

    def __init__(
        self,
        *,
        monthly_transfer: MonthlyTransfer | None = None,
        ports: list[InstancePortInfo] | None = None,
    ) -> None:
        self.monthly_transfer = monthly_transfer
        self.ports = ports

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceNetworking:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("monthlyTransfer")) is not None:
            kwargs["monthly_transfer"] = MonthlyTransfer.from_dict(value)
        if (value := data.get("ports")) is not None:
            kwargs["ports"] = [
                None if item is None else InstancePortInfo.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.monthly_transfer is not None:
            data["monthlyTransfer"] = self.monthly_transfer.to_dict()
        if self.ports is not None:
            data["ports"] = [shape_to_dict(item) for item in self.ports]
        return data

    from_wire = from_dict
