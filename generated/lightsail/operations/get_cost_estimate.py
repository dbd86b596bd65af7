"""GetCostEstimate: Retrieves information about the cost estimate for a specified resource."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_cost_estimate_request import GetCostEstimateRequest
from ..shapes.get_cost_estimate_result import GetCostEstimateResult

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


def call(engine: Engine, request: GetCostEstimateRequest) -> GetCostEstimateResult:
    """Validate, send and parse one GetCostEstimate call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetCostEstimateResult.from_wire(body)
