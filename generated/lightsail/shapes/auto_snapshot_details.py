"""AutoSnapshotDetails: Describes an automatic snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .attached_disk import AttachedDisk
from .auto_snapshot_status import AutoSnapshotStatus


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AutoSnapshotDetails(Shape):
    """Describes an automatic snapshot."""

    date: str | None = None
    """The date of the automatic snapshot in ``YYYY-MM-DD`` format."""

    created_at: datetime | None = None
    """The timestamp when the automatic snapshot was created."""

    status: AutoSnapshotStatus | str | None = None
    """The status of the automatic snapshot."""

    from_attached_disks: list[AttachedDisk] | None = None
    """An array of objects that describe the block storage disks attached to
    the instance when the automatic snapshot was created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "date": Rule("date", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "status": Rule("status", "string"),
        "from_attached_disks": Rule(
            "fromAttachedDisks", "list", item=Rule("", "AttachedDisk")
        ),
    }

    def __init__(
        self,
        *,
        date: str | None = None,
        created_at: datetime | None = None,
        status: AutoSnapshotStatus | str | None = None,
        from_attached_disks: list[AttachedDisk] | None = None,
    ) -> None:
        self.date = date
        self.created_at = created_at
        self.status = status
        self.from_attached_disks = from_attached_disks

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AutoSnapshotDetails:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("date")) is not None:
            kwargs["date"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(AutoSnapshotStatus, value)
        if (value := data.get("fromAttachedDisks")) is not None:
            kwargs["from_attached_disks"] = [
                None if item is None else AttachedDisk.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.date is not None:
            data["date"] = self.date
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.status is not None:
            data["status"] = self.status
        if self.from_attached_disks is not None:
            data["fromAttachedDisks"] = [
                shape_to_dict(item) for item in self.from_attached_disks
            ]
        return data

    from_wire = from_dict
