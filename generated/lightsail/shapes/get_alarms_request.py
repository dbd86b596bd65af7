"""GetAlarmsRequest: The arguments of the ``GetAlarms`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetAlarmsRequest(Shape):
    """The arguments of the ``GetAlarms`` operation."""

    alarm_name: str | None = None
    """The name of the alarm.

    Specify an alarm name to return information about a specific alarm.
    """

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetAlarms`` request. If your
    results are paginated, the response will return a next page token that
    you can specify as the page token in a subsequent request.
    """

    monitored_resource_name: str | None = None
    """The name of the Lightsail resource being monitored by the alarm.

    Specify a monitored resource name to return information about all alarms
    for a specific resource.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "alarm_name": Rule("alarmName", "string"),
        "page_token": Rule("pageToken", "string"),
        "monitored_resource_name": Rule("monitoredResourceName", "string"),
    }

    def __init__(
        self,
        *,
        alarm_name: str | None = None,
        page_token: str | None = None,
        monitored_resource_name: str | None = None,
    ) -> None:
        self.alarm_name = alarm_name
        self.page_token = page_token
        self.monitored_resource_name = monitored_resource_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetAlarmsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("alarmName")) is not None:
            kwargs["alarm_name"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        if (value := data.get("monitoredResourceName")) is not None:
            kwargs["monitored_resource_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.alarm_name is not None:
            data["alarmName"] = self.alarm_name
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.monitored_resource_name is not None:
            data["monitoredResourceName"] = self.monitored_resource_name
        return data

    to_wire = to_dict
