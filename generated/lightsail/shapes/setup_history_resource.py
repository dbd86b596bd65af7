"""SetupHistoryResource: The Lightsail resource that ``SetupHistory`` was ran on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .resource_location import ResourceLocation
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetupHistoryResource(Shape):
    """The Lightsail resource that ``SetupHistory`` was ran on."""

    name: str | None = None
    """The name of the Lightsail resource."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the Lightsail resource."""

    created_at: datetime | None = None
    """The timestamp for when the resource was created."""

    location: ResourceLocation | None = None
    """Describes the resource location."""

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type. For example, ``Instance``."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetupHistoryResource:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        return data

    from_wire = from_dict
