"""DeleteAlarmRequest: The arguments of the ``DeleteAlarm`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteAlarmRequest(Shape):
    """The arguments of the ``DeleteAlarm`` operation."""

    alarm_name: str
    """The name of the alarm to delete."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "alarm_name": Rule("alarmName", "string", required=True),
    }

    def __init__(self, *, alarm_name: str) -> None:
        self.alarm_name = alarm_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteAlarmRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("alarmName")) is not None:
            kwargs["alarm_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "alarmName": self.alarm_name,
        }
        return data

    to_wire = to_dict
