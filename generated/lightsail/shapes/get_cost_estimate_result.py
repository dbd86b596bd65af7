"""GetCostEstimateResult: The result of the ``GetCostEstimate`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .resource_budget_estimate import ResourceBudgetEstimate


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetCostEstimateResult(Shape):
    """The result of the ``GetCostEstimate`` operation."""

    resources_budget_estimate: list[ResourceBudgetEstimate] | None = None
    """Returns the estimate's forecasted cost or usage."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resources_budget_estimate": Rule(
            "resourcesBudgetEstimate", "list", item=Rule("", "ResourceBudgetEstimate")
        ),
    }

    def __init__(
        self, *, resources_budget_estimate: list[ResourceBudgetEstimate] | None = None
    ) -> None:
        self.resources_budget_estimate = resources_budget_estimate

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetCostEstimateResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourcesBudgetEstimate")) is not None:
            kwargs["resources_budget_estimate"] = [
                None if item is None else ResourceBudgetEstimate.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resources_budget_estimate is not None:
            data["resourcesBudgetEstimate"] = [
                shape_to_dict(item) for item in self.resources_budget_estimate
            ]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetCostEstimateResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourcesBudgetEstimate")) is not None:
            kwargs["resources_budget_estimate"] = [
                None if item is None else ResourceBudgetEstimate.from_wire(item)
                for item in value
            ]
        return cls(**kwargs)
