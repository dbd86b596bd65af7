"""GetLoadBalancerMetricData: Returns information about health metrics for your Lightsail load balancer."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetLoadBalancerMetricData",
    target="Lightsail_20161128.GetLoadBalancerMetricData",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "loadBalancerName": "load_balancer_name",
    "metricName": "metric_name",
    "startTime": "start_time",
    "endTime": "end_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
