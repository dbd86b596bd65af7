"""GetCloudFormationStackRecords: Returns the CloudFormation stack record created as a result of the ``create cloud formation stack`` operation."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_cloud_formation_stack_records_request import (
    GetCloudFormationStackRecordsRequest,
)
from ..shapes.get_cloud_formation_stack_records_result import (
    GetCloudFormationStackRecordsResult,
)

OPERATION = OperationSpec(
    name="GetCloudFormationStackRecords",
    target="Lightsail_20161128.GetCloudFormationStackRecords",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetCloudFormationStackRecordsRequest
) -> GetCloudFormationStackRecordsResult:
    """Validate, send and parse one GetCloudFormationStackRecords call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetCloudFormationStackRecordsResult.from_wire(body)
