"""GetReport: Returns a report whose rows and token are inside a structure."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
