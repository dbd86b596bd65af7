"""ResourceLocation: Describes the resource location."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .region_name import RegionName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ResourceLocation(Shape):
    """Describes the resource location."""

    availability_zone: str | None = None
    """The Availability Zone. Follows the format ``us-east-2a``
    (case-sensitive).
    """

    region_name: RegionName | str | None = None
    """The Amazon Web Services Region name."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "availability_zone": Rule("availabilityZone", "string"),
        "region_name": Rule("regionName", "string"),
    }

    def __init__(
        self,
        *,
        availability_zone: str | None = None,
        region_name: RegionName | str | None = None,
    ) -> None:
        self.availability_zone = availability_zone
        self.region_name = region_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResourceLocation:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("regionName")) is not None:
            kwargs["region_name"] = open_enum(RegionName, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.availability_zone is not None:
            data["availabilityZone"] = self.availability_zone
        if self.region_name is not None:
            data["regionName"] = self.region_name
        return data

    from_wire = from_dict
