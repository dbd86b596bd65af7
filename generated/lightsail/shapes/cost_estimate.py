"""CostEstimate: Describes the estimated cost for resources in your Lightsail for Research account."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .estimate_by_time import EstimateByTime


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CostEstimate(Shape):
    """Describes the estimated cost for resources in your Lightsail for
    Research account.
    """

    usage_type: str | None = None
    """The types of usage that are included in the estimate, such as costs,
    usage, or data transfer.
    """

    results_by_time: list[EstimateByTime] | None = None
    """The cost estimate result that's associated with a time period."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "usage_type": Rule("usageType", "string"),
        "results_by_time": Rule(
            "resultsByTime", "list", item=Rule("", "EstimateByTime")
        ),
    }

    def __init__(
        self,
        *,
        usage_type: str | None = None,
        results_by_time: list[EstimateByTime] | None = None,
    ) -> None:
        self.usage_type = usage_type
        self.results_by_time = results_by_time

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CostEstimate:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("usageType")) is not None:
            kwargs["usage_type"] = value
        if (value := data.get("resultsByTime")) is not None:
            kwargs["results_by_time"] = [
                None if item is None else EstimateByTime.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.usage_type is not None:
            data["usageType"] = self.usage_type
        if self.results_by_time is not None:
            data["resultsByTime"] = [
                shape_to_dict(item) for item in self.results_by_time
            ]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> CostEstimate:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("usageType")) is not None:
            kwargs["usage_type"] = value
        if (value := data.get("resultsByTime")) is not None:
            kwargs["results_by_time"] = [
                None if item is None else EstimateByTime.from_wire(item)
                for item in value
            ]
        return cls(**kwargs)
