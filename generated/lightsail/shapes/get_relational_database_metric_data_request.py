"""GetRelationalDatabaseMetricDataRequest: The arguments of the ``GetRelationalDatabaseMetricData`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, timestamp_to_epoch
from .metric_statistic import MetricStatistic
from .metric_unit import MetricUnit
from .relational_database_metric_name import RelationalDatabaseMetricName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseMetricDataRequest(Shape):
    """The arguments of the ``GetRelationalDatabaseMetricData`` operation."""

    relational_database_name: str
    """The name of your database from which to get metric data."""

    metric_name: RelationalDatabaseMetricName | str
    """The metric for which you want to return information.

    Valid relational database metric names are listed below, along with the
    most useful ``statistics`` to include in your request, and the published
    ``unit`` value. All relational database metric data is available in
    1-minute (60 seconds) granularity.

    - **``CPUUtilization``** - The percentage of CPU utilization currently
      in use on the database.
      ``Statistics``: The most useful statistics are ``Maximum`` and
      ``Average``.
      ``Unit``: The published unit is ``Percent``.
    - **``DatabaseConnections``** - The number of database connections in
      use.
      ``Statistics``: The most useful statistics are ``Maximum`` and
      ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``DiskQueueDepth``** - The number of outstanding IOs (read/write
      requests) that are waiting to access the disk.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``FreeStorageSpace``** - The amount of available storage space.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Bytes``.
    - **``NetworkReceiveThroughput``** - The incoming (Receive) network
      traffic on the database, including both customer database traffic and
      AWS traffic used for monitoring and replication.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Bytes/Second``.
    - **``NetworkTransmitThroughput``** - The outgoing (Transmit) network
      traffic on the database, including both customer database traffic and
      AWS traffic used for monitoring and replication.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Bytes/Second``.
    """

    period: int
    """The granularity, in seconds, of the returned data points.

    All relational database metric data is available in 1-minute (60
    seconds) granularity.
    """

    start_time: datetime
    """The start of the time interval from which to get metric data.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use a start time of October 1, 2018, at 8
      PM UTC, then you input ``1538424000`` as the start time.
    """

    end_time: datetime
    """The end of the time interval from which to get metric data.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use an end time of October 1, 2018, at 8
      PM UTC, then you input ``1538424000`` as the end time.
    """

    unit: MetricUnit | str
    """The unit for the metric data request. Valid units depend on the metric
    data being requested. For the valid units with each available metric,
    see the ``metricName`` parameter.
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
    - ``Average`` - The value of Sum / SampleCount during the specified
      period. By comparing this statistic with the Minimum and Maximum
      values, you can determine the full scope of a metric and how close the
      average use is to the Minimum and Maximum values. This comparison
      helps you to know when to increase or decrease your resources.
    - ``SampleCount`` - The count, or number, of data points used for the
      statistical calculation.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "metric_name": Rule("metricName", "string", required=True),
        "period": Rule("period", "integer", required=True, min=60),
        "start_time": Rule("startTime", "timestamp", required=True),
        "end_time": Rule("endTime", "timestamp", required=True),
        "unit": Rule("unit", "string", required=True),
        "statistics": Rule(
            "statistics", "list", required=True, item=Rule("", "string")
        ),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        metric_name: RelationalDatabaseMetricName | str,
        period: int,
        start_time: datetime,
        end_time: datetime,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> None:
        self.relational_database_name = relational_database_name
        self.metric_name = metric_name
        self.period = period
        self.start_time = start_time
        self.end_time = end_time
        self.unit = unit
        self.statistics = statistics

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseMetricDataRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(RelationalDatabaseMetricName, value)
        if (value := data.get("period")) is not None:
            kwargs["period"] = value
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = open_enum(MetricUnit, value)
        if (value := data.get("statistics")) is not None:
            kwargs["statistics"] = [
                None if item is None else open_enum(MetricStatistic, item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "metricName": self.metric_name,
            "period": self.period,
            "startTime": self.start_time,
            "endTime": self.end_time,
            "unit": self.unit,
            "statistics": self.statistics,
        }
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "metricName": self.metric_name,
            "period": self.period,
            "startTime": timestamp_to_epoch(self.start_time),
            "endTime": timestamp_to_epoch(self.end_time),
            "unit": self.unit,
            "statistics": self.statistics,
        }
        return data
