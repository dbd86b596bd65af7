"""GetDiskRequest: The arguments of the ``GetDisk`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDiskRequest(Shape):
    """The arguments of the ``GetDisk`` operation."""

    disk_name: str
    """The name of the disk (``my-disk``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_name": Rule("diskName", "string", required=True),
    }

    def __init__(self, *, disk_name: str) -> None:
        self.disk_name = disk_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDiskRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskName")) is not None:
            kwargs["disk_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "diskName": self.disk_name,
        }
        return data

    to_wire = to_dict
