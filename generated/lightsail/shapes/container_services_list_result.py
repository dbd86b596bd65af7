"""ContainerServicesListResult: The result of the ``GetContainerServices`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container_service import ContainerService


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServicesListResult(Shape):
    """The result of the ``GetContainerServices`` operation."""

    container_services: list[ContainerService] | None = None
    """An array of objects that describe one or more container services."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "container_services": Rule(
            "containerServices", "list", item=Rule("", "ContainerService")
        ),
    }

    def __init__(
        self, *, container_services: list[ContainerService] | None = None
    ) -> None:
        self.container_services = container_services

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServicesListResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("containerServices")) is not None:
            kwargs["container_services"] = [
                None if item is None else ContainerService.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.container_services is not None:
            data["containerServices"] = [
                shape_to_dict(item) for item in self.container_services
            ]
        return data

    from_wire = from_dict
