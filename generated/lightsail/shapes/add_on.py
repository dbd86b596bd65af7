"""AddOn: Describes an add-on that is enabled for an Amazon Lightsail resource."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AddOn(Shape):
    """Describes an add-on that is enabled for an Amazon Lightsail resource."""

    name: str | None = None
    """The name of the add-on."""

    status: str | None = None
    """The status of the add-on."""

    snapshot_time_of_day: str | None = None
    """The daily time when an automatic snapshot is created.

    The time shown is in ``HH:00`` format, and in Coordinated Universal Time
    (UTC).

    The snapshot is automatically created between the time shown and up to
    45 minutes after.
    """

    next_snapshot_time_of_day: str | None = None
    """The next daily time an automatic snapshot will be created.

    The time shown is in ``HH:00`` format, and in Coordinated Universal Time
    (UTC).

    The snapshot is automatically created between the time shown and up to
    45 minutes after.
    """

    threshold: str | None = None
    """The trigger threshold of the action.

    Important:
        This add-on only applies to Lightsail for Research resources.
    """

    duration: str | None = None
    """The amount of idle time in minutes after which your virtual computer
    will automatically stop.

    Important:
        This add-on only applies to Lightsail for Research resources.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "status": Rule("status", "string"),
        "snapshot_time_of_day": Rule("snapshotTimeOfDay", "string"),
        "next_snapshot_time_of_day": Rule("nextSnapshotTimeOfDay", "string"),
        "threshold": Rule("threshold", "string"),
        "duration": Rule("duration", "string"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        status: str | None = None,
        snapshot_time_of_day: str | None = None,
        next_snapshot_time_of_day: str | None = None,
        threshold: str | None = None,
        duration: str | None = None,
    ) -> None:
        self.name = name
        self.status = status
        self.snapshot_time_of_day = snapshot_time_of_day
        self.next_snapshot_time_of_day = next_snapshot_time_of_day
        self.threshold = threshold
        self.duration = duration

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddOn:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = value
        if (value := data.get("snapshotTimeOfDay")) is not None:
            kwargs["snapshot_time_of_day"] = value
        if (value := data.get("nextSnapshotTimeOfDay")) is not None:
            kwargs["next_snapshot_time_of_day"] = value
        if (value := data.get("threshold")) is not None:
            kwargs["threshold"] = value
        if (value := data.get("duration")) is not None:
            kwargs["duration"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.status is not None:
            data["status"] = self.status
        if self.snapshot_time_of_day is not None:
            data["snapshotTimeOfDay"] = self.snapshot_time_of_day
        if self.next_snapshot_time_of_day is not None:
            data["nextSnapshotTimeOfDay"] = self.next_snapshot_time_of_day
        if self.threshold is not None:
            data["threshold"] = self.threshold
        if self.duration is not None:
            data["duration"] = self.duration
        return data

    from_wire = from_dict
