"""AvailabilityZone: Describes an Availability Zone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AvailabilityZone(Shape):
    """Describes an Availability Zone. This is returned only as part of a
    ``GetRegions`` request.
    """

    zone_name: str | None = None
    """The name of the Availability Zone. The format is ``us-east-2a``
    (case-sensitive).
    """

    state: str | None = None
    """The state of the Availability Zone."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "zone_name": Rule("zoneName", "string"),
        "state": Rule("state", "string"),
    }

    def __init__(
        self, *, zone_name: str | None = None, state: str | None = None
    ) -> None:
        self.zone_name = zone_name
        self.state = state

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AvailabilityZone:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("zoneName")) is not None:
            kwargs["zone_name"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.zone_name is not None:
            data["zoneName"] = self.zone_name
        if self.state is not None:
            data["state"] = self.state
        return data

    from_wire = from_dict
