"""ListThingsRequest: The arguments of the ``ListThings`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .thing_kind import ThingKind


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ListThingsRequest(Shape):
    """The arguments of the ``ListThings`` operation."""

    page_token: str | None = None

    max_results: int | None = None

    kind: ThingKind | str | None = None
    """How big a thing is."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "page_token": Rule("pageToken", "string"),
        "max_results": Rule("maxResults", "integer", min=0),
        "kind": Rule("kind", "string"),
    }

    def __init__(
        self,
        *,
        page_token: str | None = None,
        max_results: int | None = None,
        kind: ThingKind | str | None = None,
    ) -> None:
        self.page_token = page_token
        self.max_results = max_results
        self.kind = kind

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListThingsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        if (value := data.get("maxResults")) is not None:
            kwargs["max_results"] = value
        if (value := data.get("kind")) is not None:
            kwargs["kind"] = open_enum(ThingKind, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.max_results is not None:
            data["maxResults"] = self.max_results
        if self.kind is not None:
            data["kind"] = self.kind
        return data

    to_wire = to_dict
