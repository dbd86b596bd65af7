"""TestAlarm: Tests an alarm by displaying a banner on the Amazon Lightsail console."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.test_alarm_request import TestAlarmRequest
from ..shapes.test_alarm_result import TestAlarmResult

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


def call(engine: Engine, request: TestAlarmRequest) -> TestAlarmResult:
    """Validate, send and parse one TestAlarm call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return TestAlarmResult.from_wire(body)
