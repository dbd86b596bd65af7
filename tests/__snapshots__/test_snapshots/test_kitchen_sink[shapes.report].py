"""Report: Found in ``GetReportResult.report``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Report(Shape):
    """Found in ``GetReportResult.report``."""

    rows: list[str] | None = None

    next_token: str | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "rows": Rule("rows", "list", item=Rule("", "string")),
        "next_token": Rule("nextToken", "string"),
    }

    def __init__(
        self, *, rows: list[str] | None = None, next_token: str | None = None
    ) -> None:
        self.rows = rows
        self.next_token = next_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("rows")) is not None:
            kwargs["rows"] = value
        if (value := data.get("nextToken")) is not None:
            kwargs["next_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.rows is not None:
            data["rows"] = self.rows
        if self.next_token is not None:
            data["nextToken"] = self.next_token
        return data

    from_wire = from_dict
