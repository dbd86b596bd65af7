"""DiskInfo: Describes a disk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DiskInfo(Shape):
    """Describes a disk."""

    name: str | None = None
    """The disk name."""

    path: str | None = None
    """The disk path."""

    size_in_gb: int | None = None
    """The size of the disk in GB (``32``)."""

    is_system_disk: bool | None = None
    """A Boolean value indicating whether this disk is a system disk (has an
    operating system loaded on it).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "path": Rule("path", "string"),
        "size_in_gb": Rule("sizeInGb", "integer"),
        "is_system_disk": Rule("isSystemDisk", "boolean"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        path: str | None = None,
        size_in_gb: int | None = None,
        is_system_disk: bool | None = None,
    ) -> None:
        self.name = name
        self.path = path
        self.size_in_gb = size_in_gb
        self.is_system_disk = is_system_disk

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("path")) is not None:
            kwargs["path"] = value
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        if (value := data.get("isSystemDisk")) is not None:
            kwargs["is_system_disk"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.path is not None:
            data["path"] = self.path
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        if self.is_system_disk is not None:
            data["isSystemDisk"] = self.is_system_disk
        return data

    from_wire = from_dict
