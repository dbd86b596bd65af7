"""GetReport: Returns a report whose rows and token are inside a structure."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_report_request import GetReportRequest
from ..shapes.get_report_result import GetReportResult

OPERATION = OperationSpec(
    name="GetReport",
    target="KitchenSink_20240101.GetReport",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "reportId": "report_id",
    "nextToken": "next_token",
    "pageSize": "page_size",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetReportRequest) -> GetReportResult:
    """Validate, send and parse one GetReport call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetReportResult.from_wire(body)
