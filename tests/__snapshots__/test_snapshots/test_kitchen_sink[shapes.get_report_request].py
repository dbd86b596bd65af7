"""GetReportRequest: The arguments of the ``GetReport`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetReportRequest(Shape):
    """The arguments of the ``GetReport`` operation."""

    report_id: str

    next_token: str | None = None

    page_size: str | None = None
    """A limit sent as text."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "report_id": Rule("reportId", "string", required=True),
        "next_token": Rule("nextToken", "string"),
        "page_size": Rule("pageSize", "string"),
    }

    def __init__(
        self,
        *,
        report_id: str,
        next_token: str | None = None,
        page_size: str | None = None,
    ) -> None:
        self.report_id = report_id
        self.next_token = next_token
        self.page_size = page_size

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetReportRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("reportId")) is not None:
            kwargs["report_id"] = value
        if (value := data.get("nextToken")) is not None:
            kwargs["next_token"] = value
        if (value := data.get("pageSize")) is not None:
            kwargs["page_size"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "reportId": self.report_id,
        }
        if self.next_token is not None:
            data["nextToken"] = self.next_token
        if self.page_size is not None:
            data["pageSize"] = self.page_size
        return data

    to_wire = to_dict
