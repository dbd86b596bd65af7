"""Node: Found in ``Edge.target``, ``GetGraphRequest.root``, ``GetGraphResult.root``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Node(Shape):
    """Found in ``Edge.target``, ``GetGraphRequest.root``,
    ``GetGraphResult.root``.
    """

    id: str | None = None

    edges: list[Edge] | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "id": Rule("id", "string"),
        "edges": Rule("edges", "list", item=Rule("", "Edge")),
    }

    def __init__(
        self, *, id: str | None = None, edges: list[Edge] | None = None
    ) -> None:
        self.id = id
        self.edges = edges

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Node:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        if (value := data.get("edges")) is not None:
            kwargs["edges"] = [
                None if item is None else Edge.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.edges is not None:
            data["edges"] = [shape_to_dict(item) for item in self.edges]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Node:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("id")) is not None:
            kwargs["id"] = value
        if (value := data.get("edges")) is not None:
            kwargs["edges"] = [
                None if item is None else Edge.from_wire(item) for item in value
            ]
        return cls(**kwargs)

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.edges is not None:
            data["edges"] = [item.to_wire() for item in self.edges]
        return data


NodeDict = TypedDict(
    "NodeDict",
    {
        "id": "str",
        "edges": "Sequence[EdgeDict]",
    },
    total=False,
)
"""The dict client methods accept for `Node`, keys as in the model."""


# Imported last: these shapes refer back to this one.
from .edge import Edge, EdgeDict
