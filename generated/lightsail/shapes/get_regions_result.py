"""GetRegionsResult: The result of the ``GetRegions`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .region import Region


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRegionsResult(Shape):
    """The result of the ``GetRegions`` operation."""

    regions: list[Region] | None = None
    """An array of key-value pairs containing information about your get
    regions request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "regions": Rule("regions", "list", item=Rule("", "Region")),
    }

    def __init__(self, *, regions: list[Region] | None = None) -> None:
        self.regions = regions

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRegionsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("regions")) is not None:
            kwargs["regions"] = [
                None if item is None else Region.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.regions is not None:
            data["regions"] = [shape_to_dict(item) for item in self.regions]
        return data

    from_wire = from_dict
