"""GetContainerServicePowers: Returns the list of powers that can be specified for your Amazon Lightsail container services."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.get_container_service_powers_request import (
    GetContainerServicePowersRequest,
)
from ..shapes.get_container_service_powers_result import GetContainerServicePowersResult

OPERATION = OperationSpec(
    name="GetContainerServicePowers",
    target="Lightsail_20161128.GetContainerServicePowers",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: GetContainerServicePowersRequest
) -> GetContainerServicePowersResult:
    """Validate, send and parse one GetContainerServicePowers call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return GetContainerServicePowersResult.from_wire(body)
