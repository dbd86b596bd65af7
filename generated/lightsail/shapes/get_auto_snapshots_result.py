"""GetAutoSnapshotsResult: The result of the ``GetAutoSnapshots`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .auto_snapshot_details import AutoSnapshotDetails
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetAutoSnapshotsResult(Shape):
    """The result of the ``GetAutoSnapshots`` operation."""

    resource_name: str | None = None
    """The name of the source instance or disk for the automatic snapshots."""

    resource_type: ResourceType | str | None = None
    """The resource type of the automatic snapshot. The possible values are
    ``Instance``, and ``Disk``.
    """

    auto_snapshots: list[AutoSnapshotDetails] | None = None
    """An array of objects that describe the automatic snapshots that are
    available for the specified source instance or disk.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string"),
        "resource_type": Rule("resourceType", "string"),
        "auto_snapshots": Rule(
            "autoSnapshots", "list", item=Rule("", "AutoSnapshotDetails")
        ),
    }

    def __init__(
        self,
        *,
        resource_name: str | None = None,
        resource_type: ResourceType | str | None = None,
        auto_snapshots: list[AutoSnapshotDetails] | None = None,
    ) -> None:
        self.resource_name = resource_name
        self.resource_type = resource_type
        self.auto_snapshots = auto_snapshots

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetAutoSnapshotsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("autoSnapshots")) is not None:
            kwargs["auto_snapshots"] = [
                None if item is None else AutoSnapshotDetails.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_name is not None:
            data["resourceName"] = self.resource_name
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.auto_snapshots is not None:
            data["autoSnapshots"] = [
                shape_to_dict(item) for item in self.auto_snapshots
            ]
        return data

    from_wire = from_dict
