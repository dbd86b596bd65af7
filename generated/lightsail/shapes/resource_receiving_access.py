"""ResourceReceivingAccess: Describes an Amazon Lightsail instance that has access to a Lightsail bucket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ResourceReceivingAccess(Shape):
    """Describes an Amazon Lightsail instance that has access to a Lightsail
    bucket.
    """

    name: str | None = None
    """The name of the Lightsail instance."""

    resource_type: str | None = None
    """The Lightsail resource type (for example, ``Instance``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "resource_type": Rule("resourceType", "string"),
    }

    def __init__(
        self, *, name: str | None = None, resource_type: str | None = None
    ) -> None:
        self.name = name
        self.resource_type = resource_type

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResourceReceivingAccess:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        return data

    from_wire = from_dict
