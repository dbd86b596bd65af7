"""ContainerServiceDeploymentRequest: Describes a container deployment configuration of an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container import Container, ContainerDict
from .endpoint_request import EndpointRequest, EndpointRequestDict


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceDeploymentRequest(Shape):
    """Describes a container deployment configuration of an Amazon Lightsail
    container service.

    A deployment specifies the settings, such as the ports and launch
    command, of containers that are deployed to your container service.
    """

    containers: dict[str, Container] | None = None
    """An object that describes the configuration for the containers of the
    deployment.
    """

    public_endpoint: EndpointRequest | None = None
    """An object that describes the endpoint of the deployment."""

    RULES: ClassVar[Mapping[str, Rule]] = {
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
        containers: dict[str, Container] | None = None,
        public_endpoint: EndpointRequest | None = None,
    ) -> None:
        self.containers = containers
        self.public_endpoint = public_endpoint

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServiceDeploymentRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
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
        data: dict[str, Any] = {}
        if self.containers is not None:
            data["containers"] = {
                key: shape_to_dict(item) for key, item in self.containers.items()
            }
        if self.public_endpoint is not None:
            data["publicEndpoint"] = self.public_endpoint.to_dict()
        return data

    to_wire = to_dict


ContainerServiceDeploymentRequestDict = TypedDict(
    "ContainerServiceDeploymentRequestDict",
    {
        "containers": "Mapping[str, ContainerDict]",
        "publicEndpoint": "EndpointRequestDict",
    },
    total=False,
)
"""The dict client methods accept for `ContainerServiceDeploymentRequest`, keys as in the model."""
