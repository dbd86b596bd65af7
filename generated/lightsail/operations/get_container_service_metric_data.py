"""GetContainerServiceMetricData: Returns the data points of a specific metric of your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetContainerServiceMetricData",
    target="Lightsail_20161128.GetContainerServiceMetricData",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "metricName": "metric_name",
    "startTime": "start_time",
    "endTime": "end_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
