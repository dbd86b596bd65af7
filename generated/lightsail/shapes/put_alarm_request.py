"""PutAlarmRequest: The arguments of the ``PutAlarm`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_to_wire, open_enum, shape_to_dict
from .alarm_state import AlarmState
from .comparison_operator import ComparisonOperator
from .contact_protocol import ContactProtocol
from .metric_name import MetricName
from .tag import Tag
from .treat_missing_data import TreatMissingData


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PutAlarmRequest(Shape):
    """The arguments of the ``PutAlarm`` operation."""

    alarm_name: str
    """The name for the alarm. Specify the name of an existing alarm to update,
    and overwrite the previous configuration of the alarm.
    """

    metric_name: MetricName | str
    """The name of the metric to associate with the alarm.

    You can configure up to two alarms per metric.

    The following metrics are available for each resource type:

    - **Instances**: ``BurstCapacityPercentage``, ``BurstCapacityTime``,
      ``CPUUtilization``, ``NetworkIn``, ``NetworkOut``,
      ``StatusCheckFailed``, ``StatusCheckFailed_Instance``,
      ``StatusCheckFailed_System``, ``DiskReadOps``, ``DiskWriteOps``,
      ``DiskReadBytes``, ``DiskWriteBytes``, ``DiskTotalReadTime``,
      ``DiskTotalWriteTime``, and ``DiskQueueLength``.
    - **Load balancers**: ``ClientTLSNegotiationErrorCount``,
      ``HealthyHostCount``, ``UnhealthyHostCount``,
      ``HTTPCode_LB_4XX_Count``, ``HTTPCode_LB_5XX_Count``,
      ``HTTPCode_Instance_2XX_Count``, ``HTTPCode_Instance_3XX_Count``,
      ``HTTPCode_Instance_4XX_Count``, ``HTTPCode_Instance_5XX_Count``,
      ``InstanceResponseTime``, ``RejectedConnectionCount``, and
      ``RequestCount``.
    - **Relational databases**: ``CPUUtilization``, ``DatabaseConnections``,
      ``DiskQueueDepth``, ``FreeStorageSpace``,
      ``NetworkReceiveThroughput``, and ``NetworkTransmitThroughput``.

    For more information about these metrics, see
    [Metrics available in Lightsail](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-resource-health-metrics#available-metrics).
    """

    monitored_resource_name: str
    """The name of the Lightsail resource that will be monitored.

    Instances, load balancers, and relational databases are the only
    Lightsail resources that can currently be monitored by alarms.
    """

    comparison_operator: ComparisonOperator | str
    """The arithmetic operation to use when comparing the specified statistic
    to the threshold. The specified statistic value is used as the first
    operand.
    """

    threshold: float
    """The value against which the specified statistic is compared."""

    evaluation_periods: int
    """The number of most recent periods over which data is compared to the
    specified threshold. If you are setting an "M out of N" alarm, this
    value (``evaluationPeriods``) is the N.

    If you are setting an alarm that requires that a number of consecutive
    data points be breaching to trigger the alarm, this value specifies the
    rolling period of time in which data points are evaluated.

    Each evaluation period is five minutes long. For example, specify an
    evaluation period of 24 to evaluate a metric over a rolling period of
    two hours.

    You can specify a minimum valuation period of 1 (5 minutes), and a
    maximum evaluation period of 288 (24 hours).
    """

    datapoints_to_alarm: int | None = None
    """The number of data points that must be not within the specified
    threshold to trigger the alarm. If you are setting an "M out of N"
    alarm, this value (``datapointsToAlarm``) is the M.
    """

    treat_missing_data: TreatMissingData | str | None = None
    """Sets how this alarm will handle missing data points.

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

    If ``treatMissingData`` is not specified, the default behavior of
    ``missing`` is used.
    """

    contact_protocols: list[ContactProtocol | str] | None = None
    """The contact protocols to use for the alarm, such as ``Email``, ``SMS``
    (text messaging), or both.

    A notification is sent via the specified contact protocol if
    notifications are enabled for the alarm, and when the alarm is
    triggered.

    A notification is not sent if a contact protocol is not specified, if
    the specified contact protocol is not configured in the Amazon Web
    Services Region, or if notifications are not enabled for the alarm using
    the ``notificationEnabled`` paramater.

    Use the ``CreateContactMethod`` action to configure a contact protocol
    in an Amazon Web Services Region.
    """

    notification_triggers: list[AlarmState | str] | None = None
    """The alarm states that trigger a notification.

    An alarm has the following possible states:

    - ``ALARM`` - The metric is outside of the defined threshold.
    - ``INSUFFICIENT_DATA`` - The alarm has just started, the metric is not
      available, or not enough data is available for the metric to determine
      the alarm state.
    - ``OK`` - The metric is within the defined threshold.

    When you specify a notification trigger, the ``ALARM`` state must be
    specified. The ``INSUFFICIENT_DATA`` and ``OK`` states can be specified
    in addition to the ``ALARM`` state.

    - If you specify ``OK`` as an alarm trigger, a notification is sent when
      the alarm switches from an ``ALARM`` or ``INSUFFICIENT_DATA`` alarm
      state to an ``OK`` state. This can be thought of as an *all clear*
      alarm notification.
    - If you specify ``INSUFFICIENT_DATA`` as the alarm trigger, a
      notification is sent when the alarm switches from an ``OK`` or
      ``ALARM`` alarm state to an ``INSUFFICIENT_DATA`` state.

    The notification trigger defaults to ``ALARM`` if you don't specify this
    parameter.
    """

    notification_enabled: bool | None = None
    """Indicates whether the alarm is enabled.

    Notifications are enabled by default if you don't specify this
    parameter.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the alarm during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "alarm_name": Rule("alarmName", "string", required=True),
        "metric_name": Rule("metricName", "string", required=True),
        "monitored_resource_name": Rule(
            "monitoredResourceName", "string", required=True
        ),
        "comparison_operator": Rule("comparisonOperator", "string", required=True),
        "threshold": Rule("threshold", "float", required=True),
        "evaluation_periods": Rule("evaluationPeriods", "integer", required=True),
        "datapoints_to_alarm": Rule("datapointsToAlarm", "integer"),
        "treat_missing_data": Rule("treatMissingData", "string"),
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
        alarm_name: str,
        metric_name: MetricName | str,
        monitored_resource_name: str,
        comparison_operator: ComparisonOperator | str,
        threshold: float,
        evaluation_periods: int,
        datapoints_to_alarm: int | None = None,
        treat_missing_data: TreatMissingData | str | None = None,
        contact_protocols: list[ContactProtocol | str] | None = None,
        notification_triggers: list[AlarmState | str] | None = None,
        notification_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.alarm_name = alarm_name
        self.metric_name = metric_name
        self.monitored_resource_name = monitored_resource_name
        self.comparison_operator = comparison_operator
        self.threshold = threshold
        self.evaluation_periods = evaluation_periods
        self.datapoints_to_alarm = datapoints_to_alarm
        self.treat_missing_data = treat_missing_data
        self.contact_protocols = contact_protocols
        self.notification_triggers = notification_triggers
        self.notification_enabled = notification_enabled
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PutAlarmRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("alarmName")) is not None:
            kwargs["alarm_name"] = value
        if (value := data.get("metricName")) is not None:
            kwargs["metric_name"] = open_enum(MetricName, value)
        if (value := data.get("monitoredResourceName")) is not None:
            kwargs["monitored_resource_name"] = value
        if (value := data.get("comparisonOperator")) is not None:
            kwargs["comparison_operator"] = open_enum(ComparisonOperator, value)
        if (value := data.get("threshold")) is not None:
            kwargs["threshold"] = value
        if (value := data.get("evaluationPeriods")) is not None:
            kwargs["evaluation_periods"] = value
        if (value := data.get("datapointsToAlarm")) is not None:
            kwargs["datapoints_to_alarm"] = value
        if (value := data.get("treatMissingData")) is not None:
            kwargs["treat_missing_data"] = open_enum(TreatMissingData, value)
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
        data: dict[str, Any] = {
            "alarmName": self.alarm_name,
            "metricName": self.metric_name,
            "monitoredResourceName": self.monitored_resource_name,
            "comparisonOperator": self.comparison_operator,
            "threshold": self.threshold,
            "evaluationPeriods": self.evaluation_periods,
        }
        if self.datapoints_to_alarm is not None:
            data["datapointsToAlarm"] = self.datapoints_to_alarm
        if self.treat_missing_data is not None:
            data["treatMissingData"] = self.treat_missing_data
        if self.contact_protocols is not None:
            data["contactProtocols"] = self.contact_protocols
        if self.notification_triggers is not None:
            data["notificationTriggers"] = self.notification_triggers
        if self.notification_enabled is not None:
            data["notificationEnabled"] = self.notification_enabled
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "alarmName": self.alarm_name,
            "metricName": self.metric_name,
            "monitoredResourceName": self.monitored_resource_name,
            "comparisonOperator": self.comparison_operator,
            "threshold": float_to_wire(self.threshold),
            "evaluationPeriods": self.evaluation_periods,
        }
        if self.datapoints_to_alarm is not None:
            data["datapointsToAlarm"] = self.datapoints_to_alarm
        if self.treat_missing_data is not None:
            data["treatMissingData"] = self.treat_missing_data
        if self.contact_protocols is not None:
            data["contactProtocols"] = self.contact_protocols
        if self.notification_triggers is not None:
            data["notificationTriggers"] = self.notification_triggers
        if self.notification_enabled is not None:
            data["notificationEnabled"] = self.notification_enabled
        if self.tags is not None:
            data["tags"] = [item.to_wire() for item in self.tags]
        return data
