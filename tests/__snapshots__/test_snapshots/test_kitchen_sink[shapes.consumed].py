"""Consumed: Found in ``QueryThingsResult.consumed``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Consumed(Shape):
    """Found in ``QueryThingsResult.consumed``."""

    units: float | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "units": Rule("units", "float"),
    }

    def __init__(self, *, units: float | None = None) -> None:
        self.units = units

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Consumed:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("units")) is not None:
            kwargs["units"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.units is not None:
            data["units"] = self.units
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Consumed:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("units")) is not None:
            kwargs["units"] = float_from_wire(value)
        return cls(**kwargs)
