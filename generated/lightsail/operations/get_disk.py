"""GetDisk: Returns information about a specific block storage disk."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_disk_request import GetDiskRequest
from ..shapes.get_disk_result import GetDiskResult

OPERATION = OperationSpec(
    name="GetDisk",
    target="Lightsail_20161128.GetDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetDiskRequest) -> GetDiskResult:
    """Validate, send and parse one GetDisk call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetDiskResult.from_wire(body)
