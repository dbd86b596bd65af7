"""StartInstance: Starts a specific Amazon Lightsail instance from a stopped state."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="StartInstance",
    target="Lightsail_20161128.StartInstance",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
    "attributeUpdates": "attribute_updates",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
