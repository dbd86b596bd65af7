"""Version: Found in ``ListVersionsResult.versions``, ``ListVersionsResult.deleteMarkers``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Version(Shape):
    """Found in ``ListVersionsResult.versions``,
    ``ListVersionsResult.deleteMarkers``.
    """

    version: str | None = None

    current: bool | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "version": Rule("version", "string"),
        "current": Rule("current", "boolean"),
    }

    def __init__(
        self, *, version: str | None = None, current: bool | None = None
    ) -> None:
        self.version = version
        self.current = current

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Version:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("version")) is not None:
            kwargs["version"] = value
        if (value := data.get("current")) is not None:
            kwargs["current"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.version is not None:
            data["version"] = self.version
        if self.current is not None:
            data["current"] = self.current
        return data

    from_wire = from_dict
