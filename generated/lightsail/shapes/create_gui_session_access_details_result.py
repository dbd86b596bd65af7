"""CreateGUISessionAccessDetailsResult: The result of the ``CreateGUISessionAccessDetails`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .session import Session
from .status import Status


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateGUISessionAccessDetailsResult(Shape):
    """The result of the ``CreateGUISessionAccessDetails`` operation."""

    resource_name: str | None = None
    """The resource name."""

    status: Status | str | None = None
    """The status of the operation."""

    percentage_complete: int | None = None
    """The percentage of completion for the operation."""

    failure_reason: str | None = None
    """The reason the operation failed."""

    sessions: list[Session] | None = None
    """Returns information about the specified Amazon DCV GUI session."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string"),
        "status": Rule("status", "string"),
        "percentage_complete": Rule("percentageComplete", "integer"),
        "failure_reason": Rule("failureReason", "string"),
        "sessions": Rule("sessions", "list", item=Rule("", "Session")),
    }

    def __init__(
        self,
        *,
        resource_name: str | None = None,
        status: Status | str | None = None,
        percentage_complete: int | None = None,
        failure_reason: str | None = None,
        sessions: list[Session] | None = None,
    ) -> None:
        self.resource_name = resource_name
        self.status = status
        self.percentage_complete = percentage_complete
        self.failure_reason = failure_reason
        self.sessions = sessions

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateGUISessionAccessDetailsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(Status, value)
        if (value := data.get("percentageComplete")) is not None:
            kwargs["percentage_complete"] = value
        if (value := data.get("failureReason")) is not None:
            kwargs["failure_reason"] = value
        if (value := data.get("sessions")) is not None:
            kwargs["sessions"] = [
                None if item is None else Session.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_name is not None:
            data["resourceName"] = self.resource_name
        if self.status is not None:
            data["status"] = self.status
        if self.percentage_complete is not None:
            data["percentageComplete"] = self.percentage_complete
        if self.failure_reason is not None:
            data["failureReason"] = self.failure_reason
        if self.sessions is not None:
            data["sessions"] = [shape_to_dict(item) for item in self.sessions]
        return data

    from_wire = from_dict
