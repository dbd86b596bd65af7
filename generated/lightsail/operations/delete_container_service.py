"""DeleteContainerService: Deletes your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="DeleteContainerService",
    target="Lightsail_20161128.DeleteContainerService",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
