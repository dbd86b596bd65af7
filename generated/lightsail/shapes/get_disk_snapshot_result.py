"""GetDiskSnapshotResult: The result of the ``GetDiskSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .disk_snapshot import DiskSnapshot


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDiskSnapshotResult(Shape):
    """The result of the ``GetDiskSnapshot`` operation."""

    disk_snapshot: DiskSnapshot | None = None
    """An object containing information about the disk snapshot."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_snapshot": Rule("diskSnapshot", "DiskSnapshot"),
    }

    def __init__(self, *, disk_snapshot: DiskSnapshot | None = None) -> None:
        self.disk_snapshot = disk_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDiskSnapshotResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskSnapshot")) is not None:
            kwargs["disk_snapshot"] = DiskSnapshot.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.disk_snapshot is not None:
            data["diskSnapshot"] = self.disk_snapshot.to_dict()
        return data

    from_wire = from_dict
