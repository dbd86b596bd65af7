"""GetInstanceAccessDetails: Returns temporary SSH keys you can use to connect to a specific virtual private server, or *instance*."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetInstanceAccessDetails",
    target="Lightsail_20161128.GetInstanceAccessDetails",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "instanceName": "instance_name",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
