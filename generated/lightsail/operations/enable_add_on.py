"""EnableAddOn: Enables or modifies an add-on for an Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="EnableAddOn",
    target="Lightsail_20161128.EnableAddOn",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "resourceName": "resource_name",
    "addOnRequest": "add_on_request",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
