"""ListVersionsResult: The result of the ``ListVersions`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .owner import Owner
from .version import Version


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ListVersionsResult(Shape):
    """The result of the ``ListVersions`` operation."""

    versions: list[Version] | None = None

    delete_markers: list[Version] | None = None

    next_key_marker: str | None = None

    next_version_marker: str | None = None

    is_truncated: bool | None = None

    thing_name: str | None = None

    owner: Owner | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "versions": Rule("versions", "list", item=Rule("", "Version")),
        "delete_markers": Rule("deleteMarkers", "list", item=Rule("", "Version")),
        "next_key_marker": Rule("nextKeyMarker", "string"),
        "next_version_marker": Rule("nextVersionMarker", "string"),
        "is_truncated": Rule("isTruncated", "boolean"),
        "thing_name": Rule("thingName", "string", min=1),
        "owner": Rule("owner", "Owner"),
    }

    def __init__(
        self,
        *,
        versions: list[Version] | None = None,
        delete_markers: list[Version] | None = None,
        next_key_marker: str | None = None,
        next_version_marker: str | None = None,
        is_truncated: bool | None = None,
        thing_name: str | None = None,
        owner: Owner | None = None,
    ) -> None:
        self.versions = versions
        self.delete_markers = delete_markers
        self.next_key_marker = next_key_marker
        self.next_version_marker = next_version_marker
        self.is_truncated = is_truncated
        self.thing_name = thing_name
        self.owner = owner

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListVersionsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("versions")) is not None:
            kwargs["versions"] = [
                None if item is None else Version.from_dict(item) for item in value
            ]
        if (value := data.get("deleteMarkers")) is not None:
            kwargs["delete_markers"] = [
                None if item is None else Version.from_dict(item) for item in value
            ]
        if (value := data.get("nextKeyMarker")) is not None:
            kwargs["next_key_marker"] = value
        if (value := data.get("nextVersionMarker")) is not None:
            kwargs["next_version_marker"] = value
        if (value := data.get("isTruncated")) is not None:
            kwargs["is_truncated"] = value
        if (value := data.get("thingName")) is not None:
            kwargs["thing_name"] = value
        if (value := data.get("owner")) is not None:
            kwargs["owner"] = Owner.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.versions is not None:
            data["versions"] = [shape_to_dict(item) for item in self.versions]
        if self.delete_markers is not None:
            data["deleteMarkers"] = [
                shape_to_dict(item) for item in self.delete_markers
            ]
        if self.next_key_marker is not None:
            data["nextKeyMarker"] = self.next_key_marker
        if self.next_version_marker is not None:
            data["nextVersionMarker"] = self.next_version_marker
        if self.is_truncated is not None:
            data["isTruncated"] = self.is_truncated
        if self.thing_name is not None:
            data["thingName"] = self.thing_name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data

    from_wire = from_dict
