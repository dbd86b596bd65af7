"""GetDiskSnapshotRequest: The arguments of the ``GetDiskSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDiskSnapshotRequest(Shape):
    """The arguments of the ``GetDiskSnapshot`` operation."""

    disk_snapshot_name: str
    """The name of the disk snapshot (``my-disk-snapshot``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_snapshot_name": Rule("diskSnapshotName", "string", required=True),
    }

    def __init__(self, *, disk_snapshot_name: str) -> None:
        self.disk_snapshot_name = disk_snapshot_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDiskSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskSnapshotName")) is not None:
            kwargs["disk_snapshot_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "diskSnapshotName": self.disk_snapshot_name,
        }
        return data

    to_wire = to_dict
