"""MetricDatapoint: Describes the metric data point."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire, open_enum, parse_timestamp
from .metric_unit import MetricUnit


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class MetricDatapoint(Shape):
    """Describes the metric data point."""

    average: float | None = None
    """The average."""

    maximum: float | None = None
    """The maximum."""

    minimum: float | None = None
    """The minimum."""

    sample_count: float | None = None
    """The sample count."""

    sum: float | None = None
    """The sum."""

    timestamp: datetime | None = None
    """The timestamp (``1479816991.349``)."""

    unit: MetricUnit | str | None = None
    """The unit."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "average": Rule("average", "float"),
        "maximum": Rule("maximum", "float"),
        "minimum": Rule("minimum", "float"),
        "sample_count": Rule("sampleCount", "float"),
        "sum": Rule("sum", "float"),
        "timestamp": Rule("timestamp", "timestamp"),
        "unit": Rule("unit", "string"),
    }

    def __init__(
        self,
        *,
        average: float | None = None,
        maximum: float | None = None,
        minimum: float | None = None,
        sample_count: float | None = None,
        sum: float | None = None,
        timestamp: datetime | None = None,
        unit: MetricUnit | str | None = None,
    ) -> None:
        self.average = average
        self.maximum = maximum
        self.minimum = minimum
        self.sample_count = sample_count
        self.sum = sum
        self.timestamp = timestamp
        self.unit = unit

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MetricDatapoint:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("average")) is not None:
            kwargs["average"] = value
        if (value := data.get("maximum")) is not None:
            kwargs["maximum"] = value
        if (value := data.get("minimum")) is not None:
            kwargs["minimum"] = value
        if (value := data.get("sampleCount")) is not None:
            kwargs["sample_count"] = value
        if (value := data.get("sum")) is not None:
            kwargs["sum"] = value
        if (value := data.get("timestamp")) is not None:
            kwargs["timestamp"] = parse_timestamp(value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = open_enum(MetricUnit, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.average is not None:
            data["average"] = self.average
        if self.maximum is not None:
            data["maximum"] = self.maximum
        if self.minimum is not None:
            data["minimum"] = self.minimum
        if self.sample_count is not None:
            data["sampleCount"] = self.sample_count
        if self.sum is not None:
            data["sum"] = self.sum
        if self.timestamp is not None:
            data["timestamp"] = self.timestamp
        if self.unit is not None:
            data["unit"] = self.unit
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> MetricDatapoint:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("average")) is not None:
            kwargs["average"] = float_from_wire(value)
        if (value := data.get("maximum")) is not None:
            kwargs["maximum"] = float_from_wire(value)
        if (value := data.get("minimum")) is not None:
            kwargs["minimum"] = float_from_wire(value)
        if (value := data.get("sampleCount")) is not None:
            kwargs["sample_count"] = float_from_wire(value)
        if (value := data.get("sum")) is not None:
            kwargs["sum"] = float_from_wire(value)
        if (value := data.get("timestamp")) is not None:
            kwargs["timestamp"] = parse_timestamp(value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = open_enum(MetricUnit, value)
        return cls(**kwargs)
