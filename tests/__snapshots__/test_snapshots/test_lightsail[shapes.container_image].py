"""ContainerImage: Describes a container image that is registered to an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerImage(Shape):
    """Describes a container image that is registered to an Amazon Lightsail
    container service.
    """

    image: str | None = None
    """The name of the container image."""

    digest: str | None = None
    """The digest of the container image."""

    created_at: datetime | None = None
    """The timestamp when the container image was created."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "image": Rule("image", "string"),
        "digest": Rule("digest", "string"),
        "created_at": Rule("createdAt", "timestamp"),
    }

    def __init__(
        self,
        *,
        image: str | None = None,
        digest: str | None = None,
        created_at: datetime | None = None,
    ) -> None:
        self.image = image
        self.digest = digest
        self.created_at = created_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerImage:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("image")) is not None:
            kwargs["image"] = value
        if (value := data.get("digest")) is not None:
            kwargs["digest"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.image is not None:
            data["image"] = self.image
        if self.digest is not None:
            data["digest"] = self.digest
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        return data

    from_wire = from_dict
