"""PingResult: The result of the ``Ping`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PingResult(Shape):
    """The result of the ``Ping`` operation."""

    message: str | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "message": Rule("message", "string"),
    }

    def __init__(self, *, message: str | None = None) -> None:
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PingResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.message is not None:
            data["message"] = self.message
        return data

    from_wire = from_dict
