"""DeleteAlarm: Deletes an alarm."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteAlarm",
    target="Lightsail_20161128.DeleteAlarm",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "alarmName": "alarm_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
