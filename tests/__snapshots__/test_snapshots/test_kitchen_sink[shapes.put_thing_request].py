"""PutThingRequest: The arguments of the ``PutThing`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .thing import Thing


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PutThingRequest(Shape):
    """The arguments of the ``PutThing`` operation."""

    thing: Thing
    """The thing to store."""

    dry_run: bool | None = None
    """Only validate."""

    legacy_flag: bool | None = None
    """Deprecated. Ignored."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "thing": Rule("thing", "Thing", required=True),
        "dry_run": Rule("dryRun", "boolean"),
        "legacy_flag": Rule("legacyFlag", "boolean"),
    }

    def __init__(
        self,
        *,
        thing: Thing,
        dry_run: bool | None = None,
        legacy_flag: bool | None = None,
    ) -> None:
        self.thing = thing
        self.dry_run = dry_run
        self.legacy_flag = legacy_flag

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PutThingRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("thing")) is not None:
            kwargs["thing"] = Thing.from_dict(value)
        if (value := data.get("dryRun")) is not None:
            kwargs["dry_run"] = value
        if (value := data.get("legacyFlag")) is not None:
            kwargs["legacy_flag"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "thing": self.thing.to_dict(),
        }
        if self.dry_run is not None:
            data["dryRun"] = self.dry_run
        if self.legacy_flag is not None:
            data["legacyFlag"] = self.legacy_flag
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "thing": self.thing.to_wire(),
        }
        if self.dry_run is not None:
            data["dryRun"] = self.dry_run
        if self.legacy_flag is not None:
            data["legacyFlag"] = self.legacy_flag
        return data
