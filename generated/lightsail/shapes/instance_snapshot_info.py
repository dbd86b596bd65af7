"""InstanceSnapshotInfo: Describes an instance snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .disk_info import DiskInfo


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceSnapshotInfo(Shape):
    """Describes an instance snapshot."""

    from_bundle_id: str | None = None
    """The bundle ID from which the source instance was created
    (``micro_x_x``).
    """

    from_blueprint_id: str | None = None
    """The blueprint ID from which the source instance (``amazon_linux_2023``)."""

    from_disk_info: list[DiskInfo] | None = None
    """A list of objects describing the disks that were attached to the source
    instance.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "from_bundle_id": Rule("fromBundleId", "string"),
        "from_blueprint_id": Rule("fromBlueprintId", "string"),
        "from_disk_info": Rule("fromDiskInfo", "list", item=Rule("", "DiskInfo")),
    }

    def __init__(
        self,
        *,
        from_bundle_id: str | None = None,
        from_blueprint_id: str | None = None,
        from_disk_info: list[DiskInfo] | None = None,
    ) -> None:
        self.from_bundle_id = from_bundle_id
        self.from_blueprint_id = from_blueprint_id
        self.from_disk_info = from_disk_info

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceSnapshotInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("fromBundleId")) is not None:
            kwargs["from_bundle_id"] = value
        if (value := data.get("fromBlueprintId")) is not None:
            kwargs["from_blueprint_id"] = value
        if (value := data.get("fromDiskInfo")) is not None:
            kwargs["from_disk_info"] = [
                None if item is None else DiskInfo.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.from_bundle_id is not None:
            data["fromBundleId"] = self.from_bundle_id
        if self.from_blueprint_id is not None:
            data["fromBlueprintId"] = self.from_blueprint_id
        if self.from_disk_info is not None:
            data["fromDiskInfo"] = [shape_to_dict(item) for item in self.from_disk_info]
        return data

    from_wire = from_dict
