"""DeleteKnownHostKeys: Deletes the known host key or certificate used by the Amazon Lightsail browser-based SSH or RDP clients to authenticate an instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.delete_known_host_keys_request import DeleteKnownHostKeysRequest
from ..shapes.delete_known_host_keys_result import DeleteKnownHostKeysResult

OPERATION = OperationSpec(
    name="DeleteKnownHostKeys",
    target="Lightsail_20161128.DeleteKnownHostKeys",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: DeleteKnownHostKeysRequest
) -> DeleteKnownHostKeysResult:
    """Validate, send and parse one DeleteKnownHostKeys call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DeleteKnownHostKeysResult.from_wire(body)
