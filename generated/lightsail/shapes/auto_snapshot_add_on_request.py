"""AutoSnapshotAddOnRequest: Describes a request to enable or modify the automatic snapshot add-on for an Amazon Lightsail instance or disk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AutoSnapshotAddOnRequest(Shape):
    """Describes a request to enable or modify the automatic snapshot add-on
    for an Amazon Lightsail instance or disk.

    When you modify the automatic snapshot time for a resource, it is
    typically effective immediately except under the following conditions:

    - If an automatic snapshot has been created for the current day, and you
      change the snapshot time to a later time of day, then the new snapshot
      time will be effective the following day. This ensures that two
      snapshots are not created for the current day.
    - If an automatic snapshot has not yet been created for the current day,
      and you change the snapshot time to an earlier time of day, then the
      new snapshot time will be effective the following day and a snapshot
      is automatically created at the previously set time for the current
      day. This ensures that a snapshot is created for the current day.
    - If an automatic snapshot has not yet been created for the current day,
      and you change the snapshot time to a time that is within 30 minutes
      from your current time, then the new snapshot time will be effective
      the following day and a snapshot is automatically created at the
      previously set time for the current day. This ensures that a snapshot
      is created for the current day, because 30 minutes is required between
      your current time and the new snapshot time that you specify.
    - If an automatic snapshot is scheduled to be created within 30 minutes
      from your current time and you change the snapshot time, then the new
      snapshot time will be effective the following day and a snapshot is
      automatically created at the previously set time for the current day.
      This ensures that a snapshot is created for the current day, because
      30 minutes is required between your current time and the new snapshot
      time that you specify.
    """

    snapshot_time_of_day: str | None = None
    """The daily time when an automatic snapshot will be created.

    Constraints:

    - Must be in ``HH:00`` format, and in an hourly increment.
    - Specified in Coordinated Universal Time (UTC).
    - The snapshot will be automatically created between the time specified
      and up to 45 minutes after.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "snapshot_time_of_day": Rule("snapshotTimeOfDay", "string"),
    }

    def __init__(self, *, snapshot_time_of_day: str | None = None) -> None:
        self.snapshot_time_of_day = snapshot_time_of_day

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AutoSnapshotAddOnRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("snapshotTimeOfDay")) is not None:
            kwargs["snapshot_time_of_day"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.snapshot_time_of_day is not None:
            data["snapshotTimeOfDay"] = self.snapshot_time_of_day
        return data

    to_wire = to_dict


AutoSnapshotAddOnRequestDict = TypedDict(
    "AutoSnapshotAddOnRequestDict",
    {
        "snapshotTimeOfDay": "str",
    },
    total=False,
)
"""The dict client methods accept for `AutoSnapshotAddOnRequest`, keys as in the model."""
