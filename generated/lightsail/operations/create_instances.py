"""CreateInstances: Creates one or more Amazon Lightsail instances."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateInstances",
    target="Lightsail_20161128.CreateInstances",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceNames": "instance_names",
    "availabilityZone": "availability_zone",
    "blueprintId": "blueprint_id",
    "bundleId": "bundle_id",
    "customImageName": "custom_image_name",
    "userData": "user_data",
    "keyPairName": "key_pair_name",
    "addOns": "add_ons",
    "ipAddressType": "ip_address_type",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
