"""ResourceBudgetEstimate: Describes the estimated cost or usage that a budget tracks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .cost_estimate import CostEstimate
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ResourceBudgetEstimate(Shape):
    """Describes the estimated cost or usage that a budget tracks."""

    resource_name: str | None = None
    """The resource name."""

    resource_type: ResourceType | str | None = None
    """The type of resource the budget will track."""

    cost_estimates: list[CostEstimate] | None = None
    """The cost estimate for the specified budget."""

    start_time: datetime | None = None
    """The estimate start time."""

    end_time: datetime | None = None
    """The estimate end time."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string"),
        "resource_type": Rule("resourceType", "string"),
        "cost_estimates": Rule("costEstimates", "list", item=Rule("", "CostEstimate")),
        "start_time": Rule("startTime", "timestamp"),
        "end_time": Rule("endTime", "timestamp"),
    }

    def __init__(
        self,
        *,
        resource_name: str | None = None,
        resource_type: ResourceType | str | None = None,
        cost_estimates: list[CostEstimate] | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
    ) -> None:
        self.resource_name = resource_name
        self.resource_type = resource_type
        self.cost_estimates = cost_estimates
        self.start_time = start_time
        self.end_time = end_time

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResourceBudgetEstimate:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("costEstimates")) is not None:
            kwargs["cost_estimates"] = [
                None if item is None else CostEstimate.from_dict(item) for item in value
            ]
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_name is not None:
            data["resourceName"] = self.resource_name
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.cost_estimates is not None:
            data["costEstimates"] = [
                shape_to_dict(item) for item in self.cost_estimates
            ]
        if self.start_time is not None:
            data["startTime"] = self.start_time
        if self.end_time is not None:
            data["endTime"] = self.end_time
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ResourceBudgetEstimate:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("costEstimates")) is not None:
            kwargs["cost_estimates"] = [
                None if item is None else CostEstimate.from_wire(item) for item in value
            ]
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        return cls(**kwargs)
