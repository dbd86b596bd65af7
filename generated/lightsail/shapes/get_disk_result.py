"""GetDiskResult: The result of the ``GetDisk`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .disk import Disk


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDiskResult(Shape):
    """The result of the ``GetDisk`` operation."""

    disk: Disk | None = None
    """An object containing information about the disk."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk": Rule("disk", "Disk"),
    }

    def __init__(self, *, disk: Disk | None = None) -> None:
        self.disk = disk

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDiskResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("disk")) is not None:
            kwargs["disk"] = Disk.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.disk is not None:
            data["disk"] = self.disk.to_dict()
        return data

    from_wire = from_dict
