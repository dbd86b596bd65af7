"""TagResource: Adds one or more tags to the specified Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.tag_resource_request import TagResourceRequest
from ..shapes.tag_resource_result import TagResourceResult

OPERATION = OperationSpec(
    name="TagResource",
    target="Lightsail_20161128.TagResource",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "resourceArn": "resource_arn",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: TagResourceRequest) -> TagResourceResult:
    """Validate, send and parse one TagResource call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return TagResourceResult.from_wire(body)
