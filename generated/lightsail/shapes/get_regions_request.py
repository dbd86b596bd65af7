"""GetRegionsRequest: The arguments of the ``GetRegions`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRegionsRequest(Shape):
    """The arguments of the ``GetRegions`` operation."""

    include_availability_zones: bool | None = None
    """A Boolean value indicating whether to also include Availability Zones in
    your get regions request. Availability Zones are indicated with a
    letter: ``us-east-2a``.
    """

    include_relational_database_availability_zones: bool | None = None
    """A Boolean value indicating whether to also include Availability Zones
    for databases in your get regions request. Availability Zones are
    indicated with a letter (``us-east-2a``).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "include_availability_zones": Rule("includeAvailabilityZones", "boolean"),
        "include_relational_database_availability_zones": Rule(
            "includeRelationalDatabaseAvailabilityZones", "boolean"
        ),
    }

    def __init__(
        self,
        *,
        include_availability_zones: bool | None = None,
        include_relational_database_availability_zones: bool | None = None,
    ) -> None:
        self.include_availability_zones = include_availability_zones
        self.include_relational_database_availability_zones = (
            include_relational_database_availability_zones
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRegionsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("includeAvailabilityZones")) is not None:
            kwargs["include_availability_zones"] = value
        if (
            value := data.get("includeRelationalDatabaseAvailabilityZones")
        ) is not None:
            kwargs["include_relational_database_availability_zones"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.include_availability_zones is not None:
            data["includeAvailabilityZones"] = self.include_availability_zones
        if self.include_relational_database_availability_zones is not None:
            data["includeRelationalDatabaseAvailabilityZones"] = (
                self.include_relational_database_availability_zones
            )
        return data

    to_wire = to_dict
