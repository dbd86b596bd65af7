"""PendingMaintenanceAction: Describes a pending database maintenance action."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PendingMaintenanceAction(Shape):
    """Describes a pending database maintenance action."""

    action: str | None = None
    """The type of pending database maintenance action."""

    description: str | None = None
    """Additional detail about the pending database maintenance action."""

    current_apply_date: datetime | None = None
    """The effective date of the pending database maintenance action."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "action": Rule("action", "string"),
        "description": Rule("description", "string"),
        "current_apply_date": Rule("currentApplyDate", "timestamp"),
    }

    def __init__(
        self,
        *,
        action: str | None = None,
        description: str | None = None,
        current_apply_date: datetime | None = None,
    ) -> None:
        self.action = action
        self.description = description
        self.current_apply_date = current_apply_date

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PendingMaintenanceAction:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("action")) is not None:
            kwargs["action"] = value
        if (value := data.get("description")) is not None:
            kwargs["description"] = value
        if (value := data.get("currentApplyDate")) is not None:
            kwargs["current_apply_date"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.action is not None:
            data["action"] = self.action
        if self.description is not None:
            data["description"] = self.description
        if self.current_apply_date is not None:
            data["currentApplyDate"] = self.current_apply_date
        return data

    from_wire = from_dict
