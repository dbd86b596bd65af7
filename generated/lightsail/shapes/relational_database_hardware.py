"""RelationalDatabaseHardware: Describes the hardware of a database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseHardware(Shape):
    """Describes the hardware of a database."""

    cpu_count: int | None = None
    """The number of vCPUs for the database."""

    disk_size_in_gb: int | None = None
    """The size of the disk for the database."""

    ram_size_in_gb: float | None = None
    """The amount of RAM in GB for the database."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "cpu_count": Rule("cpuCount", "integer"),
        "disk_size_in_gb": Rule("diskSizeInGb", "integer"),
        "ram_size_in_gb": Rule("ramSizeInGb", "float"),
    }

    def __init__(
        self,
        *,
        cpu_count: int | None = None,
        disk_size_in_gb: int | None = None,
        ram_size_in_gb: float | None = None,
    ) -> None:
        self.cpu_count = cpu_count
        self.disk_size_in_gb = disk_size_in_gb
        self.ram_size_in_gb = ram_size_in_gb

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseHardware:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("diskSizeInGb")) is not None:
            kwargs["disk_size_in_gb"] = value
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.cpu_count is not None:
            data["cpuCount"] = self.cpu_count
        if self.disk_size_in_gb is not None:
            data["diskSizeInGb"] = self.disk_size_in_gb
        if self.ram_size_in_gb is not None:
            data["ramSizeInGb"] = self.ram_size_in_gb
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> RelationalDatabaseHardware:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("diskSizeInGb")) is not None:
            kwargs["disk_size_in_gb"] = value
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = float_from_wire(value)
        return cls(**kwargs)
