"""TestAlarm: Tests an alarm by displaying a banner on the Amazon Lightsail console."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="TestAlarm",
    target="Lightsail_20161128.TestAlarm",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "alarmName": "alarm_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
