"""GetInstanceMetricDataRequest: The arguments of the ``GetInstanceMetricData`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, timestamp_to_epoch
from .instance_metric_name import InstanceMetricName
from .metric_statistic import MetricStatistic
from .metric_unit import MetricUnit


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceMetricDataRequest(Shape):
    """The arguments of the ``GetInstanceMetricData`` operation."""

    instance_name: str
    """The name of the instance for which you want to get metrics data."""

    metric_name: InstanceMetricName | str
    """The metric for which you want to return information.

    Valid instance metric names are listed below, along with the most useful
    ``statistics`` to include in your request, and the published ``unit``
    value.

    - **``BurstCapacityPercentage``** - The percentage of CPU performance
      available for your instance to burst above its baseline. Your instance
      continuously accrues and consumes burst capacity. Burst capacity stops
      accruing when your instance's ``BurstCapacityPercentage`` reaches
      100%. For more information, see
      [Viewing instance burst capacity in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-burst-capacity).
      ``Statistics``: The most useful statistics are ``Maximum`` and
      ``Average``.
      ``Unit``: The published unit is ``Percent``.
    - **``BurstCapacityTime``** - The available amount of time for your
      instance to burst at 100% CPU utilization. Your instance continuously
      accrues and consumes burst capacity. Burst capacity time stops
      accruing when your instance's ``BurstCapacityPercentage`` metric
      reaches 100%.
      Burst capacity time is consumed at the full rate only when your
      instance operates at 100% CPU utilization. For example, if your
      instance operates at 50% CPU utilization in the burstable zone for a
      5-minute period, then it consumes CPU burst capacity minutes at a 50%
      rate in that period. Your instance consumed 2 minutes and 30 seconds
      of CPU burst capacity minutes in the 5-minute period. For more
      information, see
      [Viewing instance burst capacity in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-burst-capacity).
      ``Statistics``: The most useful statistics are ``Maximum`` and
      ``Average``.
      ``Unit``: The published unit is ``Seconds``.
    - **``CPUUtilization``** - The percentage of allocated compute units
      that are currently in use on the instance. This metric identifies the
      processing power to run the applications on the instance. Tools in
      your operating system can show a lower percentage than Lightsail when
      the instance is not allocated a full processor core.
      ``Statistics``: The most useful statistics are ``Maximum`` and
      ``Average``.
      ``Unit``: The published unit is ``Percent``.
    - **``NetworkIn``** - The number of bytes received on all network
      interfaces by the instance. This metric identifies the volume of
      incoming network traffic to the instance. The number reported is the
      number of bytes received during the period. Because this metric is
      reported in 5-minute intervals, divide the reported number by 300 to
      find Bytes/second.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Bytes``.
    - **``NetworkOut``** - The number of bytes sent out on all network
      interfaces by the instance. This metric identifies the volume of
      outgoing network traffic from the instance. The number reported is the
      number of bytes sent during the period. Because this metric is
      reported in 5-minute intervals, divide the reported number by 300 to
      find Bytes/second.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Bytes``.
    - **``StatusCheckFailed``** - Reports whether the instance passed or
      failed both the instance status check and the system status check.
      This metric can be either 0 (passed) or 1 (failed). This metric data
      is available in 1-minute (60 seconds) granularity.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``StatusCheckFailed_Instance``** - Reports whether the instance
      passed or failed the instance status check. This metric can be either
      0 (passed) or 1 (failed). This metric data is available in 1-minute
      (60 seconds) granularity.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``StatusCheckFailed_System``** - Reports whether the instance passed
      or failed the system status check. This metric can be either 0
      (passed) or 1 (failed). This metric data is available in 1-minute (60
      seconds) granularity.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``MetadataNoToken``** - Reports the number of times that the
      instance metadata service was successfully accessed without a token.
      This metric determines if there are any processes accessing instance
      metadata by using Instance Metadata Service Version 1, which doesn't
      use a token. If all requests use token-backed sessions, such as
      Instance Metadata Service Version 2, then the value is 0.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``DiskReadOps``** - The number of read operations completed on the
      system disk of the instance during the period. This metric doesn't
      include activity on additional disks that you attach to the instance.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``DiskWriteOps``** - The number of write operations completed on the
      system disk of the instance during the period. This metric doesn't
      include activity on additional disks that you attach to the instance.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Count``.
    - **``DiskReadBytes``** - The number of bytes read from the system disk
      of the instance during the period. This metric doesn't include
      activity on additional disks that you attach to the instance.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Bytes``.
    - **``DiskWriteBytes``** - The number of bytes written to the system
      disk of the instance during the period. This metric doesn't include
      activity on additional disks that you attach to the instance.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``Bytes``.
    - **``DiskTotalReadTime``** - The total number of seconds spent by all
      read operations that completed on the system disk of the instance
      during the period. This metric doesn't include activity on additional
      disks that you attach to the instance.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Seconds``.
    - **``DiskTotalWriteTime``** - The total number of seconds spent by all
      write operations that completed on the system disk of the instance
      during the period. This metric doesn't include activity on additional
      disks that you attach to the instance.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Seconds``.
    - **``DiskQueueLength``** - The number of read and write requests that
      are waiting to access the system disk of the instance. This metric
      doesn't include activity on additional disks that you attach to the
      instance.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Count``.

    For more information about system disk performance metrics, see
    [View system disk performance metrics for your Lightsail instance](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-viewing-instance-disk-performance-metrics).
    """

    period: int
    """The granularity, in seconds, of the returned data points.

    The ``StatusCheckFailed``, ``StatusCheckFailed_Instance``, and
    ``StatusCheckFailed_System`` instance metric data is available in
    1-minute (60 seconds) granularity. All other instance metric data is
    available in 5-minute (300 seconds) granularity.
    """

    start_time: datetime
    """The start time of the time period."""

    end_time: datetime
    """The end time of the time period."""

    unit: MetricUnit | str
    """The unit for the metric data request. Valid units depend on the metric
    data being requested. For the valid units to specify with each available
    metric, see the ``metricName`` parameter.
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
        "instance_name": Rule("instanceName", "string", required=True),
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
        instance_name: str,
        metric_name: InstanceMetricName | str,
        period: int,
        start_time: datetime,
        end_time: datetime,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> None:
        self.instance_name = instance_name
        self.metric_name = metric_name
        self.period = period
        self.start_time = start_time
        self.end_time = end_time
        self.unit = unit
        self.statistics = statistics

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceMetricDataRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(InstanceMetricName, value)
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
            "instanceName": self.instance_name,
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
            "instanceName": self.instance_name,
            "metricName": self.metric_name,
            "period": self.period,
            "startTime": timestamp_to_epoch(self.start_time),
            "endTime": timestamp_to_epoch(self.end_time),
            "unit": self.unit,
            "statistics": self.statistics,
        }
        return data
