"""CreateContainerServiceDeploymentRequest: The arguments of the ``CreateContainerServiceDeployment`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container import Container
from .endpoint_request import EndpointRequest


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateContainerServiceDeploymentRequest(Shape):
    """The arguments of the ``CreateContainerServiceDeployment`` operation."""

    service_name: str
    """The name of the container service for which to create the deployment."""

    containers: dict[str, Container] | None = None
    """An object that describes the settings of the containers that will be
    launched on the container service.
    """

    public_endpoint: EndpointRequest | None = None
    """An object that describes the settings of the public endpoint for the
    container service.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
        "containers": Rule(
            "containers",
            "map",
            key=Rule("", "string", min=1),
            item=Rule("", "Container"),
        ),
        "public_endpoint": Rule("publicEndpoint", "EndpointRequest"),
    }

    def __init__(
        self,
        *,
        service_name: str,
        containers: dict[str, Container] | None = None,
        public_endpoint: EndpointRequest | None = None,
    ) -> None:
        self.service_name = service_name
        self.containers = containers
        self.public_endpoint = public_endpoint

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> CreateContainerServiceDeploymentRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("containers")) is not None:
            kwargs["containers"] = {
                key: None if item is None else Container.from_dict(item)
                for key, item in value.items()
            }
        if (value := data.get("publicEndpoint")) is not None:
            kwargs["public_endpoint"] = EndpointRequest.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
        }
        if self.containers is not None:
            data["containers"] = {
                key: shape_to_dict(item) for key, item in self.containers.items()
            }
        if self.public_endpoint is not None:
            data["publicEndpoint"] = self.public_endpoint.to_dict()
        return data

    to_wire = to_dict
