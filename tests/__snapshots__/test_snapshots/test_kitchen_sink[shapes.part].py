"""Part: Found in ``DescribeThingResult.parts``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Part(Shape):
    """Found in ``DescribeThingResult.parts``."""

    state: str | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "state": Rule("state", "string"),
    }

    def __init__(self, *, state: str | None = None) -> None:
        self.state = state

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Part:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("state")) is not None:
            kwargs["state"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.state is not None:
            data["state"] = self.state
        return data

    from_wire = from_dict
