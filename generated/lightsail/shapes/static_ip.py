"""StaticIp: Describes a static IP."""

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
class StaticIp(Shape):
    """Describes a static IP."""

    name: str | None = None
    """The name of the static IP (``StaticIP-Ohio-EXAMPLE``)."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the static IP
    (``arn:aws:lightsail:us-east-2:123456789101:StaticIp/9cbb4a9e-f8e3-4dfe-b57e-12345EXAMPLE``).
    """

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about an instance or another resource in Lightsail. This
    code enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The timestamp when the static IP was created (``1479735304.222``)."""

    location: ResourceLocation | None = None
    """The region and Availability Zone where the static IP was created."""

    resource_type: ResourceType | str | None = None
    """The resource type (usually ``StaticIp``)."""

    ip_address: str | None = None
    """The static IP address."""

    attached_to: str | None = None
    """The instance where the static IP is attached
    (``Amazon_Linux-1GB-Ohio-1``).
    """

    is_attached: bool | None = None
    """A Boolean value indicating whether the static IP is attached."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "ip_address": Rule("ipAddress", "string"),
        "attached_to": Rule("attachedTo", "string"),
        "is_attached": Rule("isAttached", "boolean"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        support_code: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        ip_address: str | None = None,
        attached_to: str | None = None,
        is_attached: bool | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.ip_address = ip_address
        self.attached_to = attached_to
        self.is_attached = is_attached

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StaticIp:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("ipAddress")) is not None:
            kwargs["ip_address"] = value
        if (value := data.get("attachedTo")) is not None:
            kwargs["attached_to"] = value
        if (value := data.get("isAttached")) is not None:
            kwargs["is_attached"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.ip_address is not None:
            data["ipAddress"] = self.ip_address
        if self.attached_to is not None:
            data["attachedTo"] = self.attached_to
        if self.is_attached is not None:
            data["isAttached"] = self.is_attached
        return data

    from_wire = from_dict
