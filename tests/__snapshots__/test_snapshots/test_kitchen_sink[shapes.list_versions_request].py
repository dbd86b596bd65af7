"""ListVersionsRequest: The arguments of the ``ListVersions`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ListVersionsRequest(Shape):
    """The arguments of the ``ListVersions`` operation."""

    thing_name: str

    key_marker: str | None = None

    version_marker: str | None = None

    max_items: int | None = None
    """The most versions a page holds."""

    page_size: int | None = None
    """A member named like an option of ``paginate()``."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "thing_name": Rule("thingName", "string", required=True, min=1),
        "key_marker": Rule("keyMarker", "string"),
        "version_marker": Rule("versionMarker", "string"),
        "max_items": Rule("maxItems", "integer", min=0),
        "page_size": Rule("pageSize", "integer", min=0),
    }

    def __init__(
        self,
        *,
        thing_name: str,
        key_marker: str | None = None,
        version_marker: str | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
    ) -> None:
        self.thing_name = thing_name
        self.key_marker = key_marker
        self.version_marker = version_marker
        self.max_items = max_items
        self.page_size = page_size

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVersionsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("thingName")) is not None:
            kwargs["thing_name"] = value
        if (value := data.get("keyMarker")) is not None:
            kwargs["key_marker"] = value
        if (value := data.get("versionMarker")) is not None:
            kwargs["version_marker"] = value
        if (value := data.get("maxItems")) is not None:
            kwargs["max_items"] = value
        if (value := data.get("pageSize")) is not None:
            kwargs["page_size"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "thingName": self.thing_name,
        }
        if self.key_marker is not None:
            data["keyMarker"] = self.key_marker
        if self.version_marker is not None:
            data["versionMarker"] = self.version_marker
        if self.max_items is not None:
            data["maxItems"] = self.max_items
        if self.page_size is not None:
            data["pageSize"] = self.page_size
        return data

    to_wire = to_dict
