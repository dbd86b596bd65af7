"""GetDistributionMetricDataRequest: The arguments of the ``GetDistributionMetricData`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, timestamp_to_epoch
from .distribution_metric_name import DistributionMetricName
from .metric_statistic import MetricStatistic
from .metric_unit import MetricUnit


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDistributionMetricDataRequest(Shape):
    """The arguments of the ``GetDistributionMetricData`` operation."""

    distribution_name: str
    """The name of the distribution for which to get metric data.

    Use the ``GetDistributions`` action to get a list of distribution names
    that you can specify.
    """

    metric_name: DistributionMetricName | str
    """The metric for which you want to return information.

    Valid distribution metric names are listed below, along with the most
    useful ``statistics`` to include in your request, and the published
    ``unit`` value.

    - **``Requests``** - The total number of viewer requests received by
      your Lightsail distribution, for all HTTP methods, and for both HTTP
      and HTTPS requests.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``None``.
    - **``BytesDownloaded``** - The number of bytes downloaded by viewers
      for GET, HEAD, and OPTIONS requests.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``None``.
    - **``BytesUploaded``** - The number of bytes uploaded to your origin by
      your Lightsail distribution, using POST and PUT requests.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``None``.
    - **``TotalErrorRate``** - The percentage of all viewer requests for
      which the response's HTTP status code was 4xx or 5xx.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Percent``.
    - **``4xxErrorRate``** - The percentage of all viewer requests for which
      the response's HTTP status cod was 4xx. In these cases, the client or
      client viewer may have made an error. For example, a status code of
      404 (Not Found) means that the client requested an object that could
      not be found.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Percent``.
    - **``5xxErrorRate``** - The percentage of all viewer requests for which
      the response's HTTP status code was 5xx. In these cases, the origin
      server did not satisfy the requests. For example, a status code of 503
      (Service Unavailable) means that the origin server is currently
      unavailable.
      ``Statistics``: The most useful statistic is ``Average``.
      ``Unit``: The published unit is ``Percent``.
    - **``WafAllowedRequests``** - The number of viewer requests that Web
      Application Firewall (WAF) allowed. This metric is available only when
      WAF is enabled for the distribution.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``None``.
    - **``WafBlockedRequests``** - The number of viewer requests that WAF
      blocked. This metric is available only when WAF is enabled for the
      distribution.
      ``Statistics``: The most useful statistic is ``Sum``.
      ``Unit``: The published unit is ``None``.
    """

    start_time: datetime
    """The start of the time interval for which to get metric data.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use a start time of October 1, 2018, at 8
      PM UTC, specify ``1538424000`` as the start time.

    You can convert a human-friendly time to Unix time format using a
    converter like [Epoch converter](https://www.epochconverter.com/).
    """

    end_time: datetime
    """The end of the time interval for which to get metric data.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use an end time of October 1, 2018, at 9
      PM UTC, specify ``1538427600`` as the end time.

    You can convert a human-friendly time to Unix time format using a
    converter like [Epoch converter](https://www.epochconverter.com/).
    """

    period: int
    """The granularity, in seconds, for the metric data points that will be
    returned.
    """

    unit: MetricUnit | str
    """The unit for the metric data request.

    Valid units depend on the metric data being requested. For the valid
    units with each available metric, see the ``metricName`` parameter.
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
        "distribution_name": Rule("distributionName", "string", required=True),
        "metric_name": Rule("metricName", "string", required=True),
        "start_time": Rule("startTime", "timestamp", required=True),
        "end_time": Rule("endTime", "timestamp", required=True),
        "period": Rule("period", "integer", required=True, min=60),
        "unit": Rule("unit", "string", required=True),
        "statistics": Rule(
            "statistics", "list", required=True, item=Rule("", "string")
        ),
    }

    def __init__(
        self,
        *,
        distribution_name: str,
        metric_name: DistributionMetricName | str,
        start_time: datetime,
        end_time: datetime,
        period: int,
        unit: MetricUnit | str,
        statistics: list[MetricStatistic | str],
    ) -> None:
        self.distribution_name = distribution_name
        self.metric_name = metric_name
        self.start_time = start_time
        self.end_time = end_time
        self.period = period
        self.unit = unit
        self.statistics = statistics

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDistributionMetricDataRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("distributionName")) is not None:
            kwargs["distribution_name"] = value
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(DistributionMetricName, value)
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        if (value := data.get("period")) is not None:
            kwargs["period"] = value
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
            "distributionName": self.distribution_name,
            "metricName": self.metric_name,
            "startTime": self.start_time,
            "endTime": self.end_time,
            "period": self.period,
            "unit": self.unit,
            "statistics": self.statistics,
        }
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "distributionName": self.distribution_name,
            "metricName": self.metric_name,
            "startTime": timestamp_to_epoch(self.start_time),
            "endTime": timestamp_to_epoch(self.end_time),
            "period": self.period,
            "unit": self.unit,
            "statistics": self.statistics,
        }
        return data
