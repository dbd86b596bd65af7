"""CreateDisk: Creates a block storage disk that can be attached to an Amazon Lightsail instance in the same Availability Zone (``us-east-2a``)."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateDisk",
    target="Lightsail_20161128.CreateDisk",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "diskName": "disk_name",
    "availabilityZone": "availability_zone",
    "sizeInGb": "size_in_gb",
    "addOns": "add_ons",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
