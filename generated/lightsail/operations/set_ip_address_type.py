"""SetIpAddressType: Sets the IP address type for an Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="SetIpAddressType",
    target="Lightsail_20161128.SetIpAddressType",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceType": "resource_type",
    "resourceName": "resource_name",
    "ipAddressType": "ip_address_type",
    "acceptBundleUpdate": "accept_bundle_update",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
