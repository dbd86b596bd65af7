"""GetContainerServiceDeploymentsResult: The result of the ``GetContainerServiceDeployments`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container_service_deployment import ContainerServiceDeployment


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerServiceDeploymentsResult(Shape):
    """The result of the ``GetContainerServiceDeployments`` operation."""

    deployments: list[ContainerServiceDeployment] | None = None
    """An array of objects that describe deployments for a container service."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "deployments": Rule(
            "deployments", "list", item=Rule("", "ContainerServiceDeployment")
        ),
    }

    def __init__(
        self, *, deployments: list[ContainerServiceDeployment] | None = None
    ) -> None:
        self.deployments = deployments

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerServiceDeploymentsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("deployments")) is not None:
            kwargs["deployments"] = [
                None if item is None else ContainerServiceDeployment.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.deployments is not None:
            data["deployments"] = [shape_to_dict(item) for item in self.deployments]
        return data

    from_wire = from_dict
