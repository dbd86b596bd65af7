"""PutAlarm: Creates or updates an alarm, and associates it with the specified metric."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="PutAlarm",
    target="Lightsail_20161128.PutAlarm",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "alarmName": "alarm_name",
    "metricName": "metric_name",
    "monitoredResourceName": "monitored_resource_name",
    "comparisonOperator": "comparison_operator",
    "evaluationPeriods": "evaluation_periods",
    "datapointsToAlarm": "datapoints_to_alarm",
    "treatMissingData": "treat_missing_data",
    "contactProtocols": "contact_protocols",
    "notificationTriggers": "notification_triggers",
    "notificationEnabled": "notification_enabled",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
