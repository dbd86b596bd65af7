"""LogEvent: Describes a database log event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LogEvent(Shape):
    """Describes a database log event."""

    created_at: datetime | None = None
    """The timestamp when the database log event was created."""

    message: str | None = None
    """The message of the database log event."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "created_at": Rule("createdAt", "timestamp"),
        "message": Rule("message", "string"),
    }

    def __init__(
        self, *, created_at: datetime | None = None, message: str | None = None
    ) -> None:
        self.created_at = created_at
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LogEvent:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.message is not None:
            data["message"] = self.message
        return data

    from_wire = from_dict
