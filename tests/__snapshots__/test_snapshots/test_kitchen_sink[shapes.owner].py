"""Owner: Found in ``ListVersionsResult.owner``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Owner(Shape):
    """Found in ``ListVersionsResult.owner``."""

    name: str | None = None

    id: str | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "id": Rule("id", "string"),
    }

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        self.name = name
        self.id = id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Owner:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data

    from_wire = from_dict
