"""DiskSnapshotInfo: Describes a disk snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DiskSnapshotInfo(Shape):
    """Describes a disk snapshot."""

    size_in_gb: int | None = None
    """The size of the disk in GB (``32``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "size_in_gb": Rule("sizeInGb", "integer"),
    }

    def __init__(self, *, size_in_gb: int | None = None) -> None:
        self.size_in_gb = size_in_gb

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskSnapshotInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        return data

    from_wire = from_dict
