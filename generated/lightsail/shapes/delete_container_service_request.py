"""DeleteContainerServiceRequest: The arguments of the ``DeleteContainerService`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteContainerServiceRequest(Shape):
    """The arguments of the ``DeleteContainerService`` operation."""

    service_name: str
    """The name of the container service to delete."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
    }

    def __init__(self, *, service_name: str) -> None:
        self.service_name = service_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteContainerServiceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
        }
        return data

    to_wire = to_dict
