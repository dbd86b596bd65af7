"""CreateContainerServiceRegistryLogin: Creates a temporary set of log in credentials that you can use to log in to the Docker process on your local machine."""

from __future__ import annotations

from .._runtime.client import Engine
from .._runtime.protocols import OperationSpec
from ..shapes.create_container_service_registry_login_request import (
    CreateContainerServiceRegistryLoginRequest,
)
from ..shapes.create_container_service_registry_login_result import (
    CreateContainerServiceRegistryLoginResult,
)

OPERATION = OperationSpec(
    name="CreateContainerServiceRegistryLogin",
    target="Lightsail_20161128.CreateContainerServiceRegistryLogin",
    http_method="POST",
    request_uri="/",
)


def call(
    engine: Engine, request: CreateContainerServiceRegistryLoginRequest
) -> CreateContainerServiceRegistryLoginResult:
    """Validate, send and parse one CreateContainerServiceRegistryLogin call."""
    request.validate()
    body = engine.invoke(OPERATION, request.to_wire())
    return CreateContainerServiceRegistryLoginResult.from_wire(body)
