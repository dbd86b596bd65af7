"""GetReportResult: The result of the ``GetReport`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .report import Report


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetReportResult(Shape):
    """The result of the ``GetReport`` operation."""

    report: Report | None = None

    RULES: ClassVar[Mapping[str, Rule]] = {
        "report": Rule("report", "Report"),
    }

    def __init__(self, *, report: Report | None = None) -> None:
        self.report = report

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetReportResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("report")) is not None:
            kwargs["report"] = Report.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.report is not None:
            data["report"] = self.report.to_dict()
        return data

    from_wire = from_dict
