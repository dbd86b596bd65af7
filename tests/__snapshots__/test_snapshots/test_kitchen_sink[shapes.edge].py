"""Edge: Found in ``Node.edges``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire, float_to_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Edge(Shape):
    """Found in ``Node.edges``."""

    weight: float | None = None

    target: Node | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "weight": Rule("weight", "float"),
        "target": Rule("target", "Node"),
    }

    def __init__(
        self, *, weight: float | None = None, target: Node | None = None
    ) -> None:
        self.weight = weight
        self.target = target

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edge:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("weight")) is not None:
            kwargs["weight"] = value
        if (value := data.get("target")) is not None:
            kwargs["target"] = Node.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.weight is not None:
            data["weight"] = self.weight
        if self.target is not None:
            data["target"] = self.target.to_dict()
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Edge:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("weight")) is not None:
            kwargs["weight"] = float_from_wire(value)
        if (value := data.get("target")) is not None:
            kwargs["target"] = Node.from_wire(value)
        return cls(**kwargs)

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.weight is not None:
            data["weight"] = float_to_wire(self.weight)
        if self.target is not None:
            data["target"] = self.target.to_wire()
        return data


EdgeDict = TypedDict(
    "EdgeDict",
    {
        "weight": "float",
        "target": "NodeDict",
    },
    total=False,
)
"""The dict client methods accept for `Edge`, keys as in the model."""


# Imported last: these shapes refer back to this one.
from .node import Node, NodeDict
