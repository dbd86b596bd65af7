"""Region: Describes the Amazon Web Services Region."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .availability_zone import AvailabilityZone
from .region_name import RegionName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Region(Shape):
    """Describes the Amazon Web Services Region."""

    continent_code: str | None = None
    """The continent code (``NA``, meaning North America)."""

    description: str | None = None
    """The description of the Amazon Web Services Region
    (``This region is recommended to serve users in the eastern United States and eastern Canada``).
    """

    display_name: str | None = None
    """The display name (``Ohio``)."""

    name: RegionName | str | None = None
    """The region name (``us-east-2``)."""

    availability_zones: list[AvailabilityZone] | None = None
    """The Availability Zones. Follows the format ``us-east-2a``
    (case-sensitive).
    """

    relational_database_availability_zones: list[AvailabilityZone] | None = None
    """The Availability Zones for databases. Follows the format ``us-east-2a``
    (case-sensitive).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "continent_code": Rule("continentCode", "string"),
        "description": Rule("description", "string"),
        "display_name": Rule("displayName", "string"),
        "name": Rule("name", "string"),
        "availability_zones": Rule(
            "availabilityZones", "list", item=Rule("", "AvailabilityZone")
        ),
        "relational_database_availability_zones": Rule(
            "relationalDatabaseAvailabilityZones",
            "list",
            item=Rule("", "AvailabilityZone"),
        ),
    }

    def __init__(
        self,
        *,
        continent_code: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        name: RegionName | str | None = None,
        availability_zones: list[AvailabilityZone] | None = None,
        relational_database_availability_zones: list[AvailabilityZone] | None = None,
    ) -> None:
        self.continent_code = continent_code
        self.description = description
        self.display_name = display_name
        self.name = name
        self.availability_zones = availability_zones
        self.relational_database_availability_zones = (
            relational_database_availability_zones
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Region:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("continentCode")) is not None:
            kwargs["continent_code"] = value
        if (value := data.get("description")) is not None:
            kwargs["description"] = value
        if (value := data.get("displayName")) is not None:
            kwargs["display_name"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = open_enum(RegionName, value)
        if (value := data.get("availabilityZones")) is not None:
            kwargs["availability_zones"] = [
                None if item is None else AvailabilityZone.from_dict(item)
                for item in value
            ]
        if (value := data.get("relationalDatabaseAvailabilityZones")) is not None:
            kwargs["relational_database_availability_zones"] = [
                None if item is None else AvailabilityZone.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.continent_code is not None:
            data["continentCode"] = self.continent_code
        if self.description is not None:
            data["description"] = self.description
        if self.display_name is not None:
            data["displayName"] = self.display_name
        if self.name is not None:
            data["name"] = self.name
        if self.availability_zones is not None:
            data["availabilityZones"] = [
                shape_to_dict(item) for item in self.availability_zones
            ]
        if self.relational_database_availability_zones is not None:
            data["relationalDatabaseAvailabilityZones"] = [
                shape_to_dict(item)
                for item in self.relational_database_availability_zones
            ]
        return data

    from_wire = from_dict
