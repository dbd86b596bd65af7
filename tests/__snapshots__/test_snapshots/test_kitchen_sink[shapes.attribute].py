"""Attribute: Found in ``Thing.attributes``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Required, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp, timestamp_to_epoch


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Attribute(Shape):
    """Found in ``Thing.attributes``."""

    value: str | None = None

    updated_at: datetime | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "value": Rule("value", "string", required=True),
        "updated_at": Rule("updatedAt", "timestamp"),
    }

    def __init__(
        self, *, value: str | None = None, updated_at: datetime | None = None
    ) -> None:
        self.value = value
        self.updated_at = updated_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attribute:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("value")) is not None:
            kwargs["value"] = value
        if (value := data.get("updatedAt")) is not None:
            kwargs["updated_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.value is not None:
            data["value"] = self.value
        if self.updated_at is not None:
            data["updatedAt"] = self.updated_at
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.value is not None:
            data["value"] = self.value
        if self.updated_at is not None:
            data["updatedAt"] = timestamp_to_epoch(self.updated_at)
        return data

    from_wire = from_dict


AttributeDict = TypedDict(
    "AttributeDict",
    {
        "value": "Required[str]",
        "updatedAt": "datetime",
    },
    total=False,
)
"""The dict client methods accept for `Attribute`, keys as in the model."""
