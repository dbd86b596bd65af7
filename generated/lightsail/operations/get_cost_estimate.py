"""GetCostEstimate: Retrieves information about the cost estimate for a specified resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetCostEstimate",
    target="Lightsail_20161128.GetCostEstimate",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "startTime": "start_time",
    "endTime": "end_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
