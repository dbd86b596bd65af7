"""GetDistributionMetricData: Returns the data points of a specific metric for an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
