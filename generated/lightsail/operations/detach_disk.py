"""DetachDisk: Detaches a stopped block storage disk from a Lightsail instance."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.detach_disk_request import DetachDiskRequest
from ..shapes.detach_disk_result import DetachDiskResult

OPERATION = OperationSpec(
    name="DetachDisk",
    target="Lightsail_20161128.DetachDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: DetachDiskRequest) -> DetachDiskResult:
    """Validate, send and parse one DetachDisk call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return DetachDiskResult.from_wire(body)
