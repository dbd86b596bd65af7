"""DeleteAlarm: Deletes an alarm."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_alarm_request import DeleteAlarmRequest
from ..shapes.delete_alarm_result import DeleteAlarmResult

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


def call(engine: Engine, request: DeleteAlarmRequest) -> DeleteAlarmResult:
    """Validate, send and parse one DeleteAlarm call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteAlarmResult.from_wire(body)
