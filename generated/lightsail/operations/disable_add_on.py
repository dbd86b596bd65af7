"""DisableAddOn: Disables an add-on for an Amazon Lightsail resource."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DisableAddOn",
    target="Lightsail_20161128.DisableAddOn",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "addOnType": "add_on_type",
    "resourceName": "resource_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
