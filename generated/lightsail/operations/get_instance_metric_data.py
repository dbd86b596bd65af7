"""GetInstanceMetricData: Returns the data points for the specified Amazon Lightsail instance metric, given an instance name."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetInstanceMetricData",
    target="Lightsail_20161128.GetInstanceMetricData",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "metricName": "metric_name",
    "startTime": "start_time",
    "endTime": "end_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
