"""CreateCloudFormationStack: Creates an AWS CloudFormation stack, which creates a new Amazon EC2 instance from an exported Amazon Lightsail snapshot."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_cloud_formation_stack_request import (
    CreateCloudFormationStackRequest,
)
from ..shapes.create_cloud_formation_stack_result import CreateCloudFormationStackResult

OPERATION = OperationSpec(
    name="CreateCloudFormationStack",
    target="Lightsail_20161128.CreateCloudFormationStack",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateCloudFormationStackRequest
) -> CreateCloudFormationStackResult:
    """Validate, send and parse one CreateCloudFormationStack call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateCloudFormationStackResult.from_wire(body)
