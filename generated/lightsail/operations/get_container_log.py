"""GetContainerLog: Returns the log events of a container of your Amazon Lightsail container service."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="GetContainerLog",
    target="Lightsail_20161128.GetContainerLog",
    http_method="POST",
    request_uri="/",
)

ARGUMENTS = {
    "serviceName": "service_name",
    "containerName": "container_name",
    "startTime": "start_time",
    "endTime": "end_time",
    "filterPattern": "filter_pattern",
    "pageToken": "page_token",
}
"""boto3's names of the arguments (the model's) that differ from the client's."""
