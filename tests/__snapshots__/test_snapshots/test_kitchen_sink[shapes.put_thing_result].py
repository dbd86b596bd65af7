"""PutThingResult: The result of the ``PutThing`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp
from .thing import Thing


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PutThingResult(Shape):
    """The result of the ``PutThing`` operation."""

    thing: Thing | None = None

    stored_at: datetime | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "thing": Rule("thing", "Thing"),
        "stored_at": Rule("storedAt", "timestamp"),
    }

    def __init__(
        self, *, thing: Thing | None = None, stored_at: datetime | None = None
    ) -> None:
        self.thing = thing
        self.stored_at = stored_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PutThingResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("thing")) is not None:
            kwargs["thing"] = Thing.from_dict(value)
        if (value := data.get("storedAt")) is not None:
            kwargs["stored_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.thing is not None:
            data["thing"] = self.thing.to_dict()
        if self.stored_at is not None:
            data["storedAt"] = self.stored_at
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> PutThingResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("thing")) is not None:
            kwargs["thing"] = Thing.from_wire(value)
        if (value := data.get("storedAt")) is not None:
            kwargs["stored_at"] = parse_timestamp(value)
        return cls(**kwargs)
