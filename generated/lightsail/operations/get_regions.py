"""GetRegions: Returns a list of all valid regions for Amazon Lightsail."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_regions_request import GetRegionsRequest
from ..shapes.get_regions_result import GetRegionsResult

OPERATION = OperationSpec(
    name="GetRegions",
    target="Lightsail_20161128.GetRegions",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "includeAvailabilityZones": "include_availability_zones",
    "includeRelationalDatabaseAvailabilityZones": "include_relational_database_availability_zones",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""


def call(engine: Engine, request: GetRegionsRequest) -> GetRegionsResult:
    """Validate, send and parse one GetRegions call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetRegionsResult.from_wire(body)
