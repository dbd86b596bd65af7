"""UntagResource: Deletes the specified set of tag keys and their values from the specified Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.untag_resource_request import UntagResourceRequest
from ..shapes.untag_resource_result import UntagResourceResult

OPERATION = OperationSpec(
    name="UntagResource",
    target="Lightsail_20161128.UntagResource",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "tagKeys": "tag_keys",
    "resourceArn": "resource_arn",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: UntagResourceRequest) -> UntagResourceResult:
    """Validate, send and parse one UntagResource call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return UntagResourceResult.from_wire(body)
