"""QueryThingsRequest: The arguments of the ``QueryThings`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .key_value import KeyValue
from .thing_kind import ThingKind


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class QueryThingsRequest(Shape):
    """The arguments of the ``QueryThings`` operation."""

    kind: ThingKind | str | None = None
    """How big a thing is."""

    exclusive_start_key: dict[str, KeyValue] | None = None

    limit: int | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "kind": Rule("kind", "string"),
        "exclusive_start_key": Rule(
            "exclusiveStartKey", "map", item=Rule("", "KeyValue")
        ),
        "limit": Rule("limit", "integer", min=0),
    }

    def __init__(
        self,
        *,
        kind: ThingKind | str | None = None,
        exclusive_start_key: dict[str, KeyValue] | None = None,
        limit: int | None = None,
    ) -> None:
        self.kind = kind
        self.exclusive_start_key = exclusive_start_key
        self.limit = limit

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QueryThingsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("kind")) is not None:
            kwargs["kind"] = open_enum(ThingKind, value)
        if (value := data.get("exclusiveStartKey")) is not None:
            kwargs["exclusive_start_key"] = {
                key: None if item is None else KeyValue.from_dict(item)
                for key, item in value.items()
            }
        if (value := data.get("limit")) is not None:
            kwargs["limit"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.kind is not None:
            data["kind"] = self.kind
        if self.exclusive_start_key is not None:
            data["exclusiveStartKey"] = {
                key: shape_to_dict(item)
                for key, item in self.exclusive_start_key.items()
            }
        if self.limit is not None:
            data["limit"] = self.limit
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.kind is not None:
            data["kind"] = self.kind
        if self.exclusive_start_key is not None:
            data["exclusiveStartKey"] = {
                key: item.to_wire() for key, item in self.exclusive_start_key.items()
            }
        if self.limit is not None:
            data["limit"] = self.limit
        return data
