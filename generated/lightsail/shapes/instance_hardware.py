"""InstanceHardware: Describes the hardware for the instance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire, shape_to_dict
from .disk import Disk


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceHardware(Shape):
    """Describes the hardware for the instance."""

    cpu_count: int | None = None
    """The number of vCPUs the instance has."""

    disks: list[Disk] | None = None
    """The disks attached to the instance."""

    ram_size_in_gb: float | None = None
    """The amount of RAM in GB on the instance (``1.0``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "cpu_count": Rule("cpuCount", "integer"),
        "disks": Rule("disks", "list", item=Rule("", "Disk")),
        "ram_size_in_gb": Rule("ramSizeInGb", "float"),
    }

    def __init__(
        self,
        *,
        cpu_count: int | None = None,
        disks: list[Disk] | None = None,
        ram_size_in_gb: float | None = None,
    ) -> None:
        self.cpu_count = cpu_count
        self.disks = disks
        self.ram_size_in_gb = ram_size_in_gb

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceHardware:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("disks")) is not None:
            kwargs["disks"] = [
                None if item is None else Disk.from_dict(item) for item in value
            ]
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.cpu_count is not None:
            data["cpuCount"] = self.cpu_count
        if self.disks is not None:
            data["disks"] = [shape_to_dict(item) for item in self.disks]
        if self.ram_size_in_gb is not None:
            data["ramSizeInGb"] = self.ram_size_in_gb
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> InstanceHardware:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("disks")) is not None:
            kwargs["disks"] = [
                None if item is None else Disk.from_wire(item) for item in value
            ]
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = float_from_wire(value)
        return cls(**kwargs)
