"""MonthlyTransfer: Describes the monthly data transfer in and out of your virtual private server (or *instance*)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class MonthlyTransfer(Shape):
    """Describes the monthly data transfer in and out of your virtual private
    server (or *instance*).
    """

    gb_per_month_allocated: int | None = None
    """The amount allocated per month (in GB)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "gb_per_month_allocated": Rule("gbPerMonthAllocated", "integer"),
    }

    def __init__(self, *, gb_per_month_allocated: int | None = None) -> None:
        self.gb_per_month_allocated = gb_per_month_allocated

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MonthlyTransfer:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("gbPerMonthAllocated")) is not None:
            kwargs["gb_per_month_allocated"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.gb_per_month_allocated is not None:
            data["gbPerMonthAllocated"] = self.gb_per_month_allocated
        return data

    from_wire = from_dict
