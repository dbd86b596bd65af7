"""GetBucketMetricDataRequest: The arguments of the ``GetBucketMetricData`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, timestamp_to_epoch
from .bucket_metric_name import BucketMetricName
from .metric_statistic import MetricStatistic
from .metric_unit import MetricUnit


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBucketMetricDataRequest(Shape):
    """The arguments of the ``GetBucketMetricData`` operation."""

    bucket_name: str
    """The name of the bucket for which to get metric data."""

    metric_name: BucketMetricName | str
    """The metric for which you want to return information.

    Valid bucket metric names are listed below, along with the most useful
    statistics to include in your request, and the published unit value.

    Note:
        These bucket metrics are reported once per day.

    - **``BucketSizeBytes``** - The amount of data in bytes stored in a
      bucket. This value is calculated by summing the size of all objects in
      the bucket (including object versions), including the size of all
      parts for all incomplete multipart uploads to the bucket.
      Statistics: The most useful statistic is ``Maximum``.
      Unit: The published unit is ``Bytes``.
    - **``NumberOfObjects``** - The total number of objects stored in a
      bucket. This value is calculated by counting all objects in the bucket
      (including object versions) and the total number of parts for all
      incomplete multipart uploads to the bucket.
      Statistics: The most useful statistic is ``Average``.
      Unit: The published unit is ``Count``.
    """

    start_time: datetime
    """The timestamp indicating the earliest data to be returned."""

    end_time: datetime
    """The timestamp indicating the latest data to be returned."""

    period: int
    """The granularity, in seconds, of the returned data points.

    Note:
        Bucket storage metrics are reported once per day. Therefore, you
        should specify a period of 86400 seconds, which is the number of
        seconds in a day.
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
    - ``Sum`` - The sum of all values submitted for the matching metric. You
      can use this statistic to determine the total volume of a metric.
    - ``Average`` - The value of ``Sum`` / ``SampleCount`` during the
      specified period. By comparing this statistic with the ``Minimum`` and
      ``Maximum`` values, you can determine the full scope of a metric and
      how close the average use is to the ``Minimum`` and ``Maximum``
      values. This comparison helps you to know when to increase or decrease
      your resources.
    - ``SampleCount`` - The count, or number, of data points used for the
      statistical calculation.
    """

    unit: MetricUnit | str
    """The unit for the metric data request.

    Valid units depend on the metric data being requested. For the valid
    units with each available metric, see the ``metricName`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bucket_name": Rule("bucketName", "string", required=True, min=3),
        "metric_name": Rule("metricName", "string", required=True),
        "start_time": Rule("startTime", "timestamp", required=True),
        "end_time": Rule("endTime", "timestamp", required=True),
        "period": Rule("period", "integer", required=True, min=60),
        "statistics": Rule(
            "statistics", "list", required=True, item=Rule("", "string")
        ),
        "unit": Rule("unit", "string", required=True),
    }

    def __init__(
        self,
        *,
        bucket_name: str,
        metric_name: BucketMetricName | str,
        start_time: datetime,
        end_time: datetime,
        period: int,
        statistics: list[MetricStatistic | str],
        unit: MetricUnit | str,
    ) -> None:
        self.bucket_name = bucket_name
        self.metric_name = metric_name
        self.start_time = start_time
        self.end_time = end_time
        self.period = period
        self.statistics = statistics
        self.unit = unit

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBucketMetricDataRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bucketName")) is not None:
            kwargs["bucket_name"] = value
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(BucketMetricName, value)
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
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = open_enum(MetricUnit, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
            "metricName": self.metric_name,
            "startTime": self.start_time,
            "endTime": self.end_time,
            "period": self.period,
            "statistics": self.statistics,
            "unit": self.unit,
        }
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "bucketName": self.bucket_name,
            "metricName": self.metric_name,
            "startTime": timestamp_to_epoch(self.start_time),
            "endTime": timestamp_to_epoch(self.end_time),
            "period": self.period,
            "statistics": self.statistics,
            "unit": self.unit,
        }
        return data
