"""RelationalDatabaseEvent: Describes an event for a database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseEvent(Shape):
    """Describes an event for a database."""

    resource: str | None = None
    """The database that the database event relates to."""

    created_at: datetime | None = None
    """The timestamp when the database event was created."""

    message: str | None = None
    """The message of the database event."""

    event_categories: list[str] | None = None
    """The category that the database event belongs to."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource": Rule("resource", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "message": Rule("message", "string"),
        "event_categories": Rule("eventCategories", "list", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        resource: str | None = None,
        created_at: datetime | None = None,
        message: str | None = None,
        event_categories: list[str] | None = None,
    ) -> None:
        self.resource = resource
        self.created_at = created_at
        self.message = message
        self.event_categories = event_categories

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseEvent:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resource")) is not None:
            kwargs["resource"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        if (value := data.get("eventCategories")) is not None:
            kwargs["event_categories"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource is not None:
            data["resource"] = self.resource
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.message is not None:
            data["message"] = self.message
        if self.event_categories is not None:
            data["eventCategories"] = self.event_categories
        return data

    from_wire = from_dict
