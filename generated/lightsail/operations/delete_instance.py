"""DeleteInstance: Deletes an Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_instance_request import DeleteInstanceRequest
from ..shapes.delete_instance_result import DeleteInstanceResult

OPERATION = OperationSpec(
    name="DeleteInstance",
    target="Lightsail_20161128.DeleteInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "forceDeleteAddOns": "force_delete_add_ons",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DeleteInstanceRequest) -> DeleteInstanceResult:
    """Validate, send and parse one DeleteInstance call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteInstanceResult.from_wire(body)
