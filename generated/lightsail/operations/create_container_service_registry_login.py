"""CreateContainerServiceRegistryLogin: Creates a temporary set of log in credentials that you can use to log in to the Docker process on your local machine."""

from __future__ import annotations

from .._runtime.protocols import OperationSpec

OPERATION = OperationSpec(
    name="CreateContainerServiceRegistryLogin",
    target="Lightsail_20161128.CreateContainerServiceRegistryLogin",
    http_method="POST",
    request_uri="/",
)
