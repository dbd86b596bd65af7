"""GetRelationalDatabaseLogStreamsResult: The result of the ``GetRelationalDatabaseLogStreams`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseLogStreamsResult(Shape):
    """The result of the ``GetRelationalDatabaseLogStreams`` operation."""

    log_streams: list[str] | None = None
    """An object describing the result of your get relational database log
    streams request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "log_streams": Rule("logStreams", "list", item=Rule("", "string")),
    }

    def __init__(self, *, log_streams: list[str] | None = None) -> None:
        self.log_streams = log_streams

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseLogStreamsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("logStreams")) is not None:
            kwargs["log_streams"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.log_streams is not None:
            data["logStreams"] = self.log_streams
        return data

    from_wire = from_dict
