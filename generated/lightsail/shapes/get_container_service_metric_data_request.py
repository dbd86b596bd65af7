"""GetContainerServiceMetricDataRequest: The arguments of the ``GetContainerServiceMetricData`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, timestamp_to_epoch
from .container_service_metric_name import ContainerServiceMetricName
from .metric_statistic import MetricStatistic


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerServiceMetricDataRequest(Shape):
    """The arguments of the ``GetContainerServiceMetricData`` operation."""

    service_name: str
    """The name of the container service for which to get metric data."""

    metric_name: ContainerServiceMetricName | str
    """The metric for which you want to return information.

    Valid container service metric names are listed below, along with the
    most useful statistics to include in your request, and the published
    unit value.

    - ``CPUUtilization`` - The average percentage of compute units that are
      currently in use across all nodes of the container service. This
      metric identifies the processing power required to run containers on
      each node of the container service.
      Statistics: The most useful statistics are ``Maximum`` and
      ``Average``.
      Unit: The published unit is ``Percent``.
    - ``MemoryUtilization`` - The average percentage of available memory
      that is currently in use across all nodes of the container service.
      This metric identifies the memory required to run containers on each
      node of the container service.
      Statistics: The most useful statistics are ``Maximum`` and
      ``Average``.
      Unit: The published unit is ``Percent``.
    """

    start_time: datetime
    """The start time of the time period."""

    end_time: datetime
    """The end time of the time period."""

    period: int
    """The granularity, in seconds, of the returned data points.

    All container service metric data is available in 5-minute (300 seconds)
    granularity.
    """

    statistics: list[MetricStatistic | str]
    """The statistic for the metric.

    The following statistics are available:

    - ``Minimum`` - The lowest value observed during the specified period.
      Use this value to determine low volumes of activity for your
      application.
    - ``Maximum`` - The highest value observed during the specified period.
      Use this value to determine high volumes of activity for your
      application.
    - ``Sum`` - All values submitted for the matching metric added together.
      You can use this statistic to determine the total volume of a metric.
    - ``Average`` - The value of ``Sum`` / ``SampleCount`` during the
      specified period. By comparing this statistic with the ``Minimum`` and
      ``Maximum`` values, you can determine the full scope of a metric and
      how close the average use is to the ``Minimum`` and ``Maximum``
      values. This comparison helps you to know when to increase or decrease
      your resources.
    - ``SampleCount`` - The count, or number, of data points used for the
      statistical calculation.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
        "metric_name": Rule("metricName", "string", required=True),
        "start_time": Rule("startTime", "timestamp", required=True),
        "end_time": Rule("endTime", "timestamp", required=True),
        "period": Rule("period", "integer", required=True, min=60),
        "statistics": Rule(
            "statistics", "list", required=True, item=Rule("", "string")
        ),
    }

    def __init__(
        self,
        *,
        service_name: str,
        metric_name: ContainerServiceMetricName | str,
        start_time: datetime,
        end_time: datetime,
        period: int,
        statistics: list[MetricStatistic | str],
    ) -> None:
        self.service_name = service_name
        self.metric_name = metric_name
        self.start_time = start_time
        self.end_time = end_time
        self.period = period
        self.statistics = statistics

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerServiceMetricDataRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(ContainerServiceMetricName, value)
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        if (value := data.get("period")) is not None:
            kwargs["period"] = value
        if (value := data.get("statistics")) is not None:
            kwargs["statistics"] = [
                None if item is None else open_enum(MetricStatistic, item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "metricName": self.metric_name,
            "startTime": self.start_time,
            "endTime": self.end_time,
            "period": self.period,
            "statistics": self.statistics,
        }
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "metricName": self.metric_name,
            "startTime": timestamp_to_epoch(self.start_time),
            "endTime": timestamp_to_epoch(self.end_time),
            "period": self.period,
            "statistics": self.statistics,
        }
        return data
