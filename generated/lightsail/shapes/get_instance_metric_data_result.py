"""GetInstanceMetricDataResult: The result of the ``GetInstanceMetricData`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .instance_metric_name import InstanceMetricName
from .metric_datapoint import MetricDatapoint


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceMetricDataResult(Shape):
    """The result of the ``GetInstanceMetricData`` operation."""

    metric_name: InstanceMetricName | str | None = None
    """The name of the metric returned."""

    metric_data: list[MetricDatapoint] | None = None
    """An array of objects that describe the metric data returned."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "metric_name": Rule("metricName", "string"),
        "metric_data": Rule("metricData", "list", item=Rule("", "MetricDatapoint")),
    }

    def __init__(
        self,
        *,
        metric_name: InstanceMetricName | str | None = None,
        metric_data: list[MetricDatapoint] | None = None,
    ) -> None:
        self.metric_name = metric_name
        self.metric_data = metric_data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceMetricDataResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(InstanceMetricName, value)
        if (value := data.get("metricData")) is not None:
            kwargs["metric_data"] = [
                None if item is None else MetricDatapoint.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.metric_name is not None:
            data["metricName"] = self.metric_name
        if self.metric_data is not None:
            data["metricData"] = [shape_to_dict(item) for item in self.metric_data]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetInstanceMetricDataResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(InstanceMetricName, value)
        if (value := data.get("metricData")) is not None:
            kwargs["metric_data"] = [
                None if item is None else MetricDatapoint.from_wire(item)
                for item in value
            ]
        return cls(**kwargs)
