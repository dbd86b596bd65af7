"""GetInstances: Returns information about all Amazon Lightsail virtual private servers, or *instances*."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instances_request import GetInstancesRequest
from ..shapes.get_instances_result import GetInstancesResult

OPERATION = OperationSpec(
    name="GetInstances",
    target="Lightsail_20161128.GetInstances",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
    "includeHealthStatus": "include_health_status",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetInstancesRequest) -> GetInstancesResult:
    """Validate, send and parse one GetInstances call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstancesResult.from_wire(body)
