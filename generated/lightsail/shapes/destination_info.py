"""DestinationInfo: Describes the destination of a record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DestinationInfo(Shape):
    """Describes the destination of a record."""

    id: str | None = None
    """The ID of the resource created at the destination."""

    service: str | None = None
    """The destination service of the record."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "id": Rule("id", "string"),
        "service": Rule("service", "string"),
    }

    def __init__(self, *, id: str | None = None, service: str | None = None) -> None:
        self.id = id
        self.service = service

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DestinationInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        if (value := data.get("service")) is not None:
            kwargs["service"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.service is not None:
            data["service"] = self.service
        return data

    from_wire = from_dict
