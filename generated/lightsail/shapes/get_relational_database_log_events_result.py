"""GetRelationalDatabaseLogEventsResult: The result of the ``GetRelationalDatabaseLogEvents`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .log_event import LogEvent


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseLogEventsResult(Shape):
    """The result of the ``GetRelationalDatabaseLogEvents`` operation."""

    resource_log_events: list[LogEvent] | None = None
    """An object describing the result of your get relational database log
    events request.
    """

    next_backward_token: str | None = None
    """A token used for advancing to the previous page of results from your get
    relational database log events request.
    """

    next_forward_token: str | None = None
    """A token used for advancing to the next page of results from your get
    relational database log events request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_log_events": Rule(
            "resourceLogEvents", "list", item=Rule("", "LogEvent")
        ),
        "next_backward_token": Rule("nextBackwardToken", "string"),
        "next_forward_token": Rule("nextForwardToken", "string"),
    }

    def __init__(
        self,
        *,
        resource_log_events: list[LogEvent] | None = None,
        next_backward_token: str | None = None,
        next_forward_token: str | None = None,
    ) -> None:
        self.resource_log_events = resource_log_events
        self.next_backward_token = next_backward_token
        self.next_forward_token = next_forward_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRelationalDatabaseLogEventsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceLogEvents")) is not None:
            kwargs["resource_log_events"] = [
                None if item is None else LogEvent.from_dict(item) for item in value
            ]
        if (value := data.get("nextBackwardToken")) is not None:
            kwargs["next_backward_token"] = value
        if (value := data.get("nextForwardToken")) is not None:
            kwargs["next_forward_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_log_events is not None:
            data["resourceLogEvents"] = [
                shape_to_dict(item) for item in self.resource_log_events
            ]
        if self.next_backward_token is not None:
            data["nextBackwardToken"] = self.next_backward_token
        if self.next_forward_token is not None:
            data["nextForwardToken"] = self.next_forward_token
        return data

    from_wire = from_dict
