"""GetContainerServices: Returns information about one or more of your Amazon Lightsail container services."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.container_services_list_result import ContainerServicesListResult
from ..shapes.get_container_services_request import GetContainerServicesRequest

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


def call(
    engine: Engine, request: GetContainerServicesRequest
) -> ContainerServicesListResult:
    """Validate, send and parse one GetContainerServices call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return ContainerServicesListResult.from_wire(body)
