"""EstimateByTime: An estimate that's associated with a time period."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire, open_enum
from .currency import Currency
from .pricing_unit import PricingUnit
from .time_period import TimePeriod


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class EstimateByTime(Shape):
    """An estimate that's associated with a time period."""

    usage_cost: float | None = None
    """The amount of cost or usage that's measured for the cost estimate."""

    pricing_unit: PricingUnit | str | None = None
    """The unit of measurement that's used for the cost estimate."""

    unit: float | None = None
    """The number of pricing units used to calculate the total number of hours.
    For example, 1 unit equals 1 hour.
    """

    currency: Currency | str | None = None
    """The currency of the estimate in USD."""

    time_period: TimePeriod | None = None
    """The period of time, in days, that an estimate covers. The period has a
    start date and an end date. The start date must come before the end
    date.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "usage_cost": Rule("usageCost", "float"),
        "pricing_unit": Rule("pricingUnit", "string"),
        "unit": Rule("unit", "float"),
        "currency": Rule("currency", "string"),
        "time_period": Rule("timePeriod", "TimePeriod"),
    }

    def __init__(
        self,
        *,
        usage_cost: float | None = None,
        pricing_unit: PricingUnit | str | None = None,
        unit: float | None = None,
        currency: Currency | str | None = None,
        time_period: TimePeriod | None = None,
    ) -> None:
        self.usage_cost = usage_cost
        self.pricing_unit = pricing_unit
        self.unit = unit
        self.currency = currency
        self.time_period = time_period

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EstimateByTime:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("usageCost")) is not None:
            kwargs["usage_cost"] = value
        if (value := data.get("pricingUnit")) is not None:
            kwargs["pricing_unit"] = open_enum(PricingUnit, value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = value
        if (value := data.get("currency")) is not None:
            kwargs["currency"] = open_enum(Currency, value)
        if (value := data.get("timePeriod")) is not None:
            kwargs["time_period"] = TimePeriod.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.usage_cost is not None:
            data["usageCost"] = self.usage_cost
        if self.pricing_unit is not None:
            data["pricingUnit"] = self.pricing_unit
        if self.unit is not None:
            data["unit"] = self.unit
        if self.currency is not None:
            data["currency"] = self.currency
        if self.time_period is not None:
            data["timePeriod"] = self.time_period.to_dict()
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> EstimateByTime:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("usageCost")) is not None:
            kwargs["usage_cost"] = float_from_wire(value)
        if (value := data.get("pricingUnit")) is not None:
            kwargs["pricing_unit"] = open_enum(PricingUnit, value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = float_from_wire(value)
        if (value := data.get("currency")) is not None:
            kwargs["currency"] = open_enum(Currency, value)
        if (value := data.get("timePeriod")) is not None:
            kwargs["time_period"] = TimePeriod.from_wire(value)
        return cls(**kwargs)
