"""DescribeThingResult: The result of the ``DescribeThing`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .part import Part
from .thing import Thing
from .thing_status import ThingStatus


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DescribeThingResult(Shape):
    """The result of the ``DescribeThing`` operation."""

    thing: Thing | None = None

    status: ThingStatus | str | None = None

    parts: list[Part] | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "thing": Rule("thing", "Thing"),
        "status": Rule("status", "string"),
        "parts": Rule("parts", "list", item=Rule("", "Part")),
    }

    def __init__(
        self,
        *,
        thing: Thing | None = None,
        status: ThingStatus | str | None = None,
        parts: list[Part] | None = None,
    ) -> None:
        self.thing = thing
        self.status = status
        self.parts = parts

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeThingResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("thing")) is not None:
            kwargs["thing"] = Thing.from_dict(value)
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(ThingStatus, value)
        if (value := data.get("parts")) is not None:
            kwargs["parts"] = [
                None if item is None else Part.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.thing is not None:
            data["thing"] = self.thing.to_dict()
        if self.status is not None:
            data["status"] = self.status
        if self.parts is not None:
            data["parts"] = [shape_to_dict(item) for item in self.parts]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DescribeThingResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("thing")) is not None:
            kwargs["thing"] = Thing.from_wire(value)
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(ThingStatus, value)
        if (value := data.get("parts")) is not None:
            kwargs["parts"] = [
                None if item is None else Part.from_wire(item) for item in value
            ]
        return cls(**kwargs)
