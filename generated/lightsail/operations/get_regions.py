"""GetRegions: Returns a list of all valid regions for Amazon Lightsail."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

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
