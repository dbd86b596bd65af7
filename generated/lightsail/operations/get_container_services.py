"""GetContainerServices: Returns information about one or more of your Amazon Lightsail container services."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetContainerServices",
    target="Lightsail_20161128.GetContainerServices",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
