"""TestAlarmRequest: The arguments of the ``TestAlarm`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .alarm_state import AlarmState


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class TestAlarmRequest(Shape):
    """The arguments of the ``TestAlarm`` operation."""

    alarm_name: str
    """The name of the alarm to test."""

    state: AlarmState | str
    """The alarm state to test.

    An alarm has the following possible states that can be tested:

    - ``ALARM`` - The metric is outside of the defined threshold.
    - ``INSUFFICIENT_DATA`` - The alarm has just started, the metric is not
      available, or not enough data is available for the metric to determine
      the alarm state.
    - ``OK`` - The metric is within the defined threshold.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "alarm_name": Rule("alarmName", "string", required=True),
        "state": Rule("state", "string", required=True),
    }

    def __init__(self, *, alarm_name: str, state: AlarmState | str) -> None:
        self.alarm_name = alarm_name
        self.state = state

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TestAlarmRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("alarmName")) is not None:
            kwargs["alarm_name"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(AlarmState, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "alarmName": self.alarm_name,
            "state": self.state,
        }
        return data

    to_wire = to_dict
