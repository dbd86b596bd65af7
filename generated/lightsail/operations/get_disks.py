"""GetDisks: Returns information about all block storage disks in your AWS account and region."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_disks_request import GetDisksRequest
from ..shapes.get_disks_result import GetDisksResult

OPERATION = OperationSpec(
    name="GetDisks",
    target="Lightsail_20161128.GetDisks",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetDisksRequest) -> GetDisksResult:
    """Validate, send and parse one GetDisks call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDisksResult.from_wire(body)
