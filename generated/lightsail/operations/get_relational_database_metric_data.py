"""GetRelationalDatabaseMetricData: Returns the data points of the specified metric for a database in Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_relational_database_metric_data_request import (
    GetRelationalDatabaseMetricDataRequest,
)
from ..shapes.get_relational_database_metric_data_result import (
    GetRelationalDatabaseMetricDataResult,
)

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


def call(
    engine: Engine, request: GetRelationalDatabaseMetricDataRequest
) -> GetRelationalDatabaseMetricDataResult:
    """Validate, send and parse one GetRelationalDatabaseMetricData call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRelationalDatabaseMetricDataResult.from_wire(body)
