"""GetContainerAPIMetadata: Returns information about Amazon Lightsail containers, such as the current version of the Lightsail Control (lightsailctl) plugin."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_container_api_metadata_request import GetContainerAPIMetadataRequest
from ..shapes.get_container_api_metadata_result import GetContainerAPIMetadataResult

OPERATION = OperationSpec(
    name="GetContainerAPIMetadata",
    target="Lightsail_20161128.GetContainerAPIMetadata",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: GetContainerAPIMetadataRequest
) -> GetContainerAPIMetadataResult:
    """Validate, send and parse one GetContainerAPIMetadata call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetContainerAPIMetadataResult.from_wire(body)
