"""DeleteInstance: Deletes an Amazon Lightsail instance."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteInstance",
    target="Lightsail_20161128.DeleteInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "forceDeleteAddOns": "force_delete_add_ons",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
