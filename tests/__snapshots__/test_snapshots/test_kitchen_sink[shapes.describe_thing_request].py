"""DescribeThingRequest: The arguments of the ``DescribeThing`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DescribeThingRequest(Shape):
    """The arguments of the ``DescribeThing`` operation."""

    name: str

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string", required=True, min=1),
    }

    def __init__(self, *, name: str) -> None:
        self.name = name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeThingRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "name": self.name,
        }
        return data

    to_wire = to_dict
