"""GetAlarms: Returns information about the configured alarms."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_alarms_request import GetAlarmsRequest
from ..shapes.get_alarms_result import GetAlarmsResult

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


def call(engine: Engine, request: GetAlarmsRequest) -> GetAlarmsResult:
    """Validate, send and parse one GetAlarms call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetAlarmsResult.from_wire(body)
