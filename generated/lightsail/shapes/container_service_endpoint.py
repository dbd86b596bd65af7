"""ContainerServiceEndpoint: Describes the public endpoint configuration of a deployment of an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .container_service_health_check_config import ContainerServiceHealthCheckConfig


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceEndpoint(Shape):
    """Describes the public endpoint configuration of a deployment of an Amazon
    Lightsail container service.
    """

    container_name: str | None = None
    """The name of the container entry of the deployment that the endpoint
    configuration applies to.
    """

    container_port: int | None = None
    """The port of the specified container to which traffic is forwarded to."""

    health_check: ContainerServiceHealthCheckConfig | None = None
    """An object that describes the health check configuration of the
    container.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "container_name": Rule("containerName", "string"),
        "container_port": Rule("containerPort", "integer"),
        "health_check": Rule("healthCheck", "ContainerServiceHealthCheckConfig"),
    }

    def __init__(
        self,
        *,
        container_name: str | None = None,
        container_port: int | None = None,
        health_check: ContainerServiceHealthCheckConfig | None = None,
    ) -> None:
        self.container_name = container_name
        self.container_port = container_port
        self.health_check = health_check

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServiceEndpoint:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("containerName")) is not None:
            kwargs["container_name"] = value
        if (value := data.get("containerPort")) is not None:
            kwargs["container_port"] = value
        if (value := data.get("healthCheck")) is not None:
            kwargs["health_check"] = ContainerServiceHealthCheckConfig.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.container_name is not None:
            data["containerName"] = self.container_name
        if self.container_port is not None:
            data["containerPort"] = self.container_port
        if self.health_check is not None:
            data["healthCheck"] = self.health_check.to_dict()
        return data

    from_wire = from_dict
