"""GetAlarms: Returns information about the configured alarms."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetAlarms",
    target="Lightsail_20161128.GetAlarms",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "alarmName": "alarm_name",
    "pageToken": "page_token",
    "monitoredResourceName": "monitored_resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
