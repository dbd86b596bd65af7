"""GetGraphRequest: The arguments of the ``GetGraph`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .node import Node


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetGraphRequest(Shape):
    """The arguments of the ``GetGraph`` operation."""

    root: Node | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "root": Rule("root", "Node"),
    }

    def __init__(self, *, root: Node | None = None) -> None:
        self.root = root

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetGraphRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("root")) is not None:
            kwargs["root"] = Node.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.root is not None:
            data["root"] = self.root.to_dict()
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.root is not None:
            data["root"] = self.root.to_wire()
        return data
