"""QueryThingsResult: The result of the ``QueryThings`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .consumed import Consumed
from .key_value import KeyValue
from .thing import Thing


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class QueryThingsResult(Shape):
    """The result of the ``QueryThings`` operation."""

    things: list[Thing] | None = None

    count: int | None = None

    scanned_count: int | None = None

    last_evaluated_key: dict[str, KeyValue] | None = None

    consumed: Consumed | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "things": Rule("things", "list", item=Rule("", "Thing")),
        "count": Rule("count", "integer", min=0),
        "scanned_count": Rule("scannedCount", "integer", min=0),
        "last_evaluated_key": Rule(
            "lastEvaluatedKey", "map", item=Rule("", "KeyValue")
        ),
        "consumed": Rule("consumed", "Consumed"),
    }

    def __init__(
        self,
        *,
        things: list[Thing] | None = None,
        count: int | None = None,
        scanned_count: int | None = None,
        last_evaluated_key: dict[str, KeyValue] | None = None,
        consumed: Consumed | None = None,
    ) -> None:
        self.things = things
        self.count = count
        self.scanned_count = scanned_count
        self.last_evaluated_key = last_evaluated_key
        self.consumed = consumed

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QueryThingsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("things")) is not None:
            kwargs["things"] = [
                None if item is None else Thing.from_dict(item) for item in value
            ]
        if (value := data.get("count")) is not None:
            kwargs["count"] = value
        if (value := data.get("scannedCount")) is not None:
            kwargs["scanned_count"] = value
        if (value := data.get("lastEvaluatedKey")) is not None:
            kwargs["last_evaluated_key"] = {
                key: None if item is None else KeyValue.from_dict(item)
                for key, item in value.items()
            }
        if (value := data.get("consumed")) is not None:
            kwargs["consumed"] = Consumed.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.things is not None:
            data["things"] = [shape_to_dict(item) for item in self.things]
        if self.count is not None:
            data["count"] = self.count
        if self.scanned_count is not None:
            data["scannedCount"] = self.scanned_count
        if self.last_evaluated_key is not None:
            data["lastEvaluatedKey"] = {
                key: shape_to_dict(item)
                for key, item in self.last_evaluated_key.items()
            }
        if self.consumed is not None:
            data["consumed"] = self.consumed.to_dict()
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> QueryThingsResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("things")) is not None:
            kwargs["things"] = [
                None if item is None else Thing.from_wire(item) for item in value
            ]
        if (value := data.get("count")) is not None:
            kwargs["count"] = value
        if (value := data.get("scannedCount")) is not None:
            kwargs["scanned_count"] = value
        if (value := data.get("lastEvaluatedKey")) is not None:
            kwargs["last_evaluated_key"] = {
                key: None if item is None else KeyValue.from_wire(item)
                for key, item in value.items()
            }
        if (value := data.get("consumed")) is not None:
            kwargs["consumed"] = Consumed.from_wire(value)
        return cls(**kwargs)
