"""Alarm: Describes an alarm."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire, open_enum, parse_timestamp, shape_to_dict
from .alarm_state import AlarmState
from .comparison_operator import ComparisonOperator
from .contact_protocol import ContactProtocol
from .metric_name import MetricName
from .metric_statistic import MetricStatistic
from .metric_unit import MetricUnit
from .monitored_resource_info import MonitoredResourceInfo
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag
from .treat_missing_data import TreatMissingData


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Alarm(Shape):
    """Describes an alarm.

    An alarm is a way to monitor your Lightsail resource metrics. For more
    information, see
    [Alarms in Amazon Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms).
    """

    name: str | None = None
    """The name of the alarm."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the alarm."""

    created_at: datetime | None = None
    """The timestamp when the alarm was created."""

    location: ResourceLocation | None = None
    """An object that lists information about the location of the alarm."""

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type of the alarm."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about your Lightsail alarm. This code enables our support
    team to look up your Lightsail information more easily.
    """

    monitored_resource_info: MonitoredResourceInfo | None = None
    """An object that lists information about the resource monitored by the
    alarm.
    """

    comparison_operator: ComparisonOperator | str | None = None
    """The arithmetic operation used when comparing the specified statistic and
    threshold.
    """

    evaluation_periods: int | None = None
    """The number of periods over which data is compared to the specified
    threshold.
    """

    period: int | None = None
    """The period, in seconds, over which the statistic is applied."""

    threshold: float | None = None
    """The value against which the specified statistic is compared."""

    datapoints_to_alarm: int | None = None
    """The number of data points that must not within the specified threshold
    to trigger the alarm.
    """

    treat_missing_data: TreatMissingData | str | None = None
    """Specifies how the alarm handles missing data points.

    An alarm can treat missing data in the following ways:

    - ``breaching`` - Assume the missing data is not within the threshold.
      Missing data counts towards the number of times the metric is not
      within the threshold.
    - ``notBreaching`` - Assume the missing data is within the threshold.
      Missing data does not count towards the number of times the metric is
      not within the threshold.
    - ``ignore`` - Ignore the missing data. Maintains the current alarm
      state.
    - ``missing`` - Missing data is treated as missing.
    """

    statistic: MetricStatistic | str | None = None
    """The statistic for the metric associated with the alarm.

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

    metric_name: MetricName | str | None = None
    """The name of the metric associated with the alarm."""

    state: AlarmState | str | None = None
    """The current state of the alarm.

    An alarm has the following possible states:

    - ``ALARM`` - The metric is outside of the defined threshold.
    - ``INSUFFICIENT_DATA`` - The alarm has just started, the metric is not
      available, or not enough data is available for the metric to determine
      the alarm state.
    - ``OK`` - The metric is within the defined threshold.
    """

    unit: MetricUnit | str | None = None
    """The unit of the metric associated with the alarm."""

    contact_protocols: list[ContactProtocol | str] | None = None
    """The contact protocols for the alarm, such as ``Email``, ``SMS`` (text
    messaging), or both.
    """

    notification_triggers: list[AlarmState | str] | None = None
    """The alarm states that trigger a notification."""

    notification_enabled: bool | None = None
    """Indicates whether the alarm is enabled."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "support_code": Rule("supportCode", "string"),
        "monitored_resource_info": Rule(
            "monitoredResourceInfo", "MonitoredResourceInfo"
        ),
        "comparison_operator": Rule("comparisonOperator", "string"),
        "evaluation_periods": Rule("evaluationPeriods", "integer"),
        "period": Rule("period", "integer", min=60),
        "threshold": Rule("threshold", "float"),
        "datapoints_to_alarm": Rule("datapointsToAlarm", "integer"),
        "treat_missing_data": Rule("treatMissingData", "string"),
        "statistic": Rule("statistic", "string"),
        "metric_name": Rule("metricName", "string"),
        "state": Rule("state", "string"),
        "unit": Rule("unit", "string"),
        "contact_protocols": Rule("contactProtocols", "list", item=Rule("", "string")),
        "notification_triggers": Rule(
            "notificationTriggers", "list", item=Rule("", "string")
        ),
        "notification_enabled": Rule("notificationEnabled", "boolean"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        support_code: str | None = None,
        monitored_resource_info: MonitoredResourceInfo | None = None,
        comparison_operator: ComparisonOperator | str | None = None,
        evaluation_periods: int | None = None,
        period: int | None = None,
        threshold: float | None = None,
        datapoints_to_alarm: int | None = None,
        treat_missing_data: TreatMissingData | str | None = None,
        statistic: MetricStatistic | str | None = None,
        metric_name: MetricName | str | None = None,
        state: AlarmState | str | None = None,
        unit: MetricUnit | str | None = None,
        contact_protocols: list[ContactProtocol | str] | None = None,
        notification_triggers: list[AlarmState | str] | None = None,
        notification_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.support_code = support_code
        self.monitored_resource_info = monitored_resource_info
        self.comparison_operator = comparison_operator
        self.evaluation_periods = evaluation_periods
        self.period = period
        self.threshold = threshold
        self.datapoints_to_alarm = datapoints_to_alarm
        self.treat_missing_data = treat_missing_data
        self.statistic = statistic
        self.metric_name = metric_name
        self.state = state
        self.unit = unit
        self.contact_protocols = contact_protocols
        self.notification_triggers = notification_triggers
        self.notification_enabled = notification_enabled
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alarm:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("monitoredResourceInfo")) is not None:
            kwargs["monitored_resource_info"] = MonitoredResourceInfo.from_dict(value)
        if (value := data.get("comparisonOperator")) is not None:
            kwargs["comparison_operator"] = open_enum(ComparisonOperator, value)
        if (value := data.get("evaluationPeriods")) is not None:
            kwargs["evaluation_periods"] = value
        if (value := data.get("period")) is not None:
            kwargs["period"] = value
        if (value := data.get("threshold")) is not None:
            kwargs["threshold"] = value
        if (value := data.get("datapointsToAlarm")) is not None:
            kwargs["datapoints_to_alarm"] = value
        if (value := data.get("treatMissingData")) is not None:
            kwargs["treat_missing_data"] = open_enum(TreatMissingData, value)
        if (value := data.get("statistic")) is not None:
            kwargs["statistic"] = open_enum(MetricStatistic, value)
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(MetricName, value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(AlarmState, value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = open_enum(MetricUnit, value)
        if (value := data.get("contactProtocols")) is not None:
            kwargs["contact_protocols"] = [
                None if item is None else open_enum(ContactProtocol, item)
                for item in value
            ]
        if (value := data.get("notificationTriggers")) is not None:
            kwargs["notification_triggers"] = [
                None if item is None else open_enum(AlarmState, item) for item in value
            ]
        if (value := data.get("notificationEnabled")) is not None:
            kwargs["notification_enabled"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.monitored_resource_info is not None:
            data["monitoredResourceInfo"] = self.monitored_resource_info.to_dict()
        if self.comparison_operator is not None:
            data["comparisonOperator"] = self.comparison_operator
        if self.evaluation_periods is not None:
            data["evaluationPeriods"] = self.evaluation_periods
        if self.period is not None:
            data["period"] = self.period
        if self.threshold is not None:
            data["threshold"] = self.threshold
        if self.datapoints_to_alarm is not None:
            data["datapointsToAlarm"] = self.datapoints_to_alarm
        if self.treat_missing_data is not None:
            data["treatMissingData"] = self.treat_missing_data
        if self.statistic is not None:
            data["statistic"] = self.statistic
        if self.metric_name is not None:
            data["metricName"] = self.metric_name
        if self.state is not None:
            data["state"] = self.state
        if self.unit is not None:
            data["unit"] = self.unit
        if self.contact_protocols is not None:
            data["contactProtocols"] = self.contact_protocols
        if self.notification_triggers is not None:
            data["notificationTriggers"] = self.notification_triggers
        if self.notification_enabled is not None:
            data["notificationEnabled"] = self.notification_enabled
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Alarm:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_wire(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("monitoredResourceInfo")) is not None:
            kwargs["monitored_resource_info"] = MonitoredResourceInfo.from_wire(value)
        if (value := data.get("comparisonOperator")) is not None:
            kwargs["comparison_operator"] = open_enum(ComparisonOperator, value)
        if (value := data.get("evaluationPeriods")) is not None:
            kwargs["evaluation_periods"] = value
        if (value := data.get("period")) is not None:
            kwargs["period"] = value
        if (value := data.get("threshold")) is not None:
            kwargs["threshold"] = float_from_wire(value)
        if (value := data.get("datapointsToAlarm")) is not None:
            kwargs["datapoints_to_alarm"] = value
        if (value := data.get("treatMissingData")) is not None:
            kwargs["treat_missing_data"] = open_enum(TreatMissingData, value)
        if (value := data.get("statistic")) is not None:
            kwargs["statistic"] = open_enum(MetricStatistic, value)
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(MetricName, value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(AlarmState, value)
        if (value := data.get("unit")) is not None:
            kwargs["unit"] = open_enum(MetricUnit, value)
        if (value := data.get("contactProtocols")) is not None:
            kwargs["contact_protocols"] = [
                None if item is None else open_enum(ContactProtocol, item)
                for item in value
            ]
        if (value := data.get("notificationTriggers")) is not None:
            kwargs["notification_triggers"] = [
                None if item is None else open_enum(AlarmState, item) for item in value
            ]
        if (value := data.get("notificationEnabled")) is not None:
            kwargs["notification_enabled"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_wire(item) for item in value
            ]
        return cls(**kwargs)
