"""SubdomainAttachableResource: Describes a Lightsail resource that a subdomain is associated with, or is being associated with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SubdomainAttachableResource(Shape):
    """Describes a Lightsail resource that a subdomain is associated with, or
    is being associated with.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the resource."""

    name: str | None = None
    """The name of the resource."""

    attached_at: datetime | None = None
    """The timestamp when the subdomain was associated with the resource."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "arn": Rule("arn", "string"),
        "name": Rule("name", "string"),
        "attached_at": Rule("attachedAt", "timestamp"),
    }

    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        attached_at: datetime | None = None,
    ) -> None:
        self.arn = arn
        self.name = name
        self.attached_at = attached_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubdomainAttachableResource:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("attachedAt")) is not None:
            kwargs["attached_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.arn is not None:
            data["arn"] = self.arn
        if self.name is not None:
            data["name"] = self.name
        if self.attached_at is not None:
            data["attachedAt"] = self.attached_at
        return data

    from_wire = from_dict
