"""GetContainerLogResult: The result of the ``GetContainerLog`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container_service_log_event import ContainerServiceLogEvent


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerLogResult(Shape):
    """The result of the ``GetContainerLog`` operation."""

    log_events: list[ContainerServiceLogEvent] | None = None
    """An array of objects that describe the log events of a container."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetContainerLog``
    request and specify the next page token using the ``pageToken``
    parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "log_events": Rule(
            "logEvents", "list", item=Rule("", "ContainerServiceLogEvent")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        log_events: list[ContainerServiceLogEvent] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.log_events = log_events
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerLogResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("logEvents")) is not None:
            kwargs["log_events"] = [
                None if item is None else ContainerServiceLogEvent.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.log_events is not None:
            data["logEvents"] = [shape_to_dict(item) for item in self.log_events]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
