"""ListThingsResult: The result of the ``ListThings`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .thing import Thing


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ListThingsResult(Shape):
    """The result of the ``ListThings`` operation."""

    things: list[Thing] | None = None

    next_page_token: str | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "things": Rule("things", "list", item=Rule("", "Thing")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self, *, things: list[Thing] | None = None, next_page_token: str | None = None
    ) -> None:
        self.things = things
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListThingsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("things")) is not None:
            kwargs["things"] = [
                None if item is None else Thing.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.things is not None:
            data["things"] = [shape_to_dict(item) for item in self.things]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ListThingsResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("things")) is not None:
            kwargs["things"] = [
                None if item is None else Thing.from_wire(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)
