"""GetInstanceAccessDetails: Returns temporary SSH keys you can use to connect to a specific virtual private server, or *instance*."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_instance_access_details_request import GetInstanceAccessDetailsRequest
from ..shapes.get_instance_access_details_result import GetInstanceAccessDetailsResult

OPERATION = OperationSpec(
    name="GetInstanceAccessDetails",
    target="Lightsail_20161128.GetInstanceAccessDetails",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(
    engine: Engine, request: GetInstanceAccessDetailsRequest
) -> GetInstanceAccessDetailsResult:
    """Validate, send and parse one GetInstanceAccessDetails call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetInstanceAccessDetailsResult.from_wire(body)
