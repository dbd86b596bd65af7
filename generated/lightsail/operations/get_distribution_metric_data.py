"""GetDistributionMetricData: Returns the data points of a specific metric for an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_distribution_metric_data_request import (
    GetDistributionMetricDataRequest,
)
from ..shapes.get_distribution_metric_data_result import GetDistributionMetricDataResult

OPERATION = OperationSpec(
    name="GetDistributionMetricData",
    target="Lightsail_20161128.GetDistributionMetricData",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "distributionName": "distribution_name",
    "metricName": "metric_name",
    "startTime": "start_time",
    "endTime": "end_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetDistributionMetricDataRequest
) -> GetDistributionMetricDataResult:
    """Validate, send and parse one GetDistributionMetricData call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDistributionMetricDataResult.from_wire(body)
