"""KeyValue: Found in ``QueryThingsRequest.exclusiveStartKey``, ``QueryThingsResult.lastEvaluatedKey``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import blob_from_dict, blob_from_wire, blob_to_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class KeyValue(Shape):
    """Found in ``QueryThingsRequest.exclusiveStartKey``,
    ``QueryThingsResult.lastEvaluatedKey``.
    """

    s: str | None = None

    n: str | None = None

    b: bytes | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "s": Rule("S", "string"),
        "n": Rule("N", "string"),
        "b": Rule("B", "blob"),
    }

    def __init__(
        self, *, s: str | None = None, n: str | None = None, b: bytes | None = None
    ) -> None:
        self.s = s
        self.n = n
        self.b = b

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeyValue:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("S")) is not None:
            kwargs["s"] = value
        if (value := data.get("N")) is not None:
            kwargs["n"] = value
        if (value := data.get("B")) is not None:
            kwargs["b"] = blob_from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.s is not None:
            data["S"] = self.s
        if self.n is not None:
            data["N"] = self.n
        if self.b is not None:
            data["B"] = self.b
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> KeyValue:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("S")) is not None:
            kwargs["s"] = value
        if (value := data.get("N")) is not None:
            kwargs["n"] = value
        if (value := data.get("B")) is not None:
            kwargs["b"] = blob_from_wire(value)
        return cls(**kwargs)

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {}
        if self.s is not None:
            data["S"] = self.s
        if self.n is not None:
            data["N"] = self.n
        if self.b is not None:
            data["B"] = blob_to_wire(self.b)
        return data


KeyValueDict = TypedDict(
    "KeyValueDict",
    {
        "S": "str",
        "N": "str",
        "B": "bytes",
    },
    total=False,
)
"""The dict client methods accept for `KeyValue`, keys as in the model."""
