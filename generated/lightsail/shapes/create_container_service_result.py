"""CreateContainerServiceResult: The result of the ``CreateContainerService`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .container_service import ContainerService


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateContainerServiceResult(Shape):
    """The result of the ``CreateContainerService`` operation."""

    container_service: ContainerService | None = None
    """An object that describes a container service."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "container_service": Rule("containerService", "ContainerService"),
    }

    def __init__(self, *, container_service: ContainerService | None = None) -> None:
        self.container_service = container_service

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateContainerServiceResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("containerService")) is not None:
            kwargs["container_service"] = ContainerService.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.container_service is not None:
            data["containerService"] = self.container_service.to_dict()
        return data

    from_wire = from_dict
