"""ContainerServiceDeployment: Describes a container deployment configuration of an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .container import Container
from .container_service_deployment_state import ContainerServiceDeploymentState
from .container_service_endpoint import ContainerServiceEndpoint


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceDeployment(Shape):
    """Describes a container deployment configuration of an Amazon Lightsail
    container service.

    A deployment specifies the settings, such as the ports and launch
    command, of containers that are deployed to your container service.
    """

    version: int | None = None
    """The version number of the deployment."""

    state: ContainerServiceDeploymentState | str | None = None
    """The state of the deployment.

    A deployment can be in one of the following states:

    - ``ACTIVATING`` - The deployment is being created.
    - ``ACTIVE`` - The deployment was successfully created, and it's
      currently running on the container service. The container service can
      have only one deployment in an active state at a time.
    - ``INACTIVE`` - The deployment was previously successfully created, but
      it is not currently running on the container service.
    - ``FAILED`` - The deployment failed. Use the ``GetContainerLog`` action
      to view the log events for the containers in the deployment to try to
      determine the reason for the failure.
    """

    containers: dict[str, Container] | None = None
    """An object that describes the configuration for the containers of the
    deployment.
    """

    public_endpoint: ContainerServiceEndpoint | None = None
    """An object that describes the endpoint of the deployment."""

    created_at: datetime | None = None
    """The timestamp when the deployment was created."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "version": Rule("version", "integer"),
        "state": Rule("state", "string"),
        "containers": Rule(
            "containers",
            "map",
            key=Rule("", "string", min=1),
            item=Rule("", "Container"),
        ),
        "public_endpoint": Rule("publicEndpoint", "ContainerServiceEndpoint"),
        "created_at": Rule("createdAt", "timestamp"),
    }

    def __init__(
        self,
        *,
        version: int | None = None,
        state: ContainerServiceDeploymentState | str | None = None,
        containers: dict[str, Container] | None = None,
        public_endpoint: ContainerServiceEndpoint | None = None,
        created_at: datetime | None = None,
    ) -> None:
        self.version = version
        self.state = state
        self.containers = containers
        self.public_endpoint = public_endpoint
        self.created_at = created_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServiceDeployment:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("version")) is not None:
            kwargs["version"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(ContainerServiceDeploymentState, value)
        if (value := data.get("containers")) is not None:
            kwargs["containers"] = {
                key: None if item is None else Container.from_dict(item)
                for key, item in value.items()
            }
        if (value := data.get("publicEndpoint")) is not None:
            kwargs["public_endpoint"] = ContainerServiceEndpoint.from_dict(value)
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.version is not None:
            data["version"] = self.version
        if self.state is not None:
            data["state"] = self.state
        if self.containers is not None:
            data["containers"] = {
                key: shape_to_dict(item) for key, item in self.containers.items()
            }
        if self.public_endpoint is not None:
            data["publicEndpoint"] = self.public_endpoint.to_dict()
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        return data

    from_wire = from_dict
