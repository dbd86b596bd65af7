"""GetRelationalDatabaseMetricData: Returns the data points of the specified metric for a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetRelationalDatabaseMetricData",
    target="Lightsail_20161128.GetRelationalDatabaseMetricData",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "relationalDatabaseName": "relational_database_name",
    "metricName": "metric_name",
    "startTime": "start_time",
    "endTime": "end_time",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
