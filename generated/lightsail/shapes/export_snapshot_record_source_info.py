"""ExportSnapshotRecordSourceInfo: Describes the source of an export snapshot record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .disk_snapshot_info import DiskSnapshotInfo
from .export_snapshot_record_source_type import ExportSnapshotRecordSourceType
from .instance_snapshot_info import InstanceSnapshotInfo


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ExportSnapshotRecordSourceInfo(Shape):
    """Describes the source of an export snapshot record."""

    resource_type: ExportSnapshotRecordSourceType | str | None = None
    """The Lightsail resource type (``InstanceSnapshot`` or ``DiskSnapshot``)."""

    created_at: datetime | None = None
    """The date when the source instance or disk snapshot was created."""

    name: str | None = None
    """The name of the source instance or disk snapshot."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the source instance or disk snapshot."""

    from_resource_name: str | None = None
    """The name of the snapshot's source instance or disk."""

    from_resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the snapshot's source instance or
    disk.
    """

    instance_snapshot_info: InstanceSnapshotInfo | None = None
    """A list of objects describing an instance snapshot."""

    disk_snapshot_info: DiskSnapshotInfo | None = None
    """A list of objects describing a disk snapshot."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_type": Rule("resourceType", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "from_resource_name": Rule("fromResourceName", "string"),
        "from_resource_arn": Rule("fromResourceArn", "string"),
        "instance_snapshot_info": Rule("instanceSnapshotInfo", "InstanceSnapshotInfo"),
        "disk_snapshot_info": Rule("diskSnapshotInfo", "DiskSnapshotInfo"),
    }

    def __init__(
        self,
        *,
        resource_type: ExportSnapshotRecordSourceType | str | None = None,
        created_at: datetime | None = None,
        name: str | None = None,
        arn: str | None = None,
        from_resource_name: str | None = None,
        from_resource_arn: str | None = None,
        instance_snapshot_info: InstanceSnapshotInfo | None = None,
        disk_snapshot_info: DiskSnapshotInfo | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.created_at = created_at
        self.name = name
        self.arn = arn
        self.from_resource_name = from_resource_name
        self.from_resource_arn = from_resource_arn
        self.instance_snapshot_info = instance_snapshot_info
        self.disk_snapshot_info = disk_snapshot_info

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportSnapshotRecordSourceInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ExportSnapshotRecordSourceType, value)
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("fromResourceName")) is not None:
            kwargs["from_resource_name"] = value
        if (value := data.get("fromResourceArn")) is not None:
            kwargs["from_resource_arn"] = value
        if (value := data.get("instanceSnapshotInfo")) is not None:
            kwargs["instance_snapshot_info"] = InstanceSnapshotInfo.from_dict(value)
        if (value := data.get("diskSnapshotInfo")) is not None:
            kwargs["disk_snapshot_info"] = DiskSnapshotInfo.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.from_resource_name is not None:
            data["fromResourceName"] = self.from_resource_name
        if self.from_resource_arn is not None:
            data["fromResourceArn"] = self.from_resource_arn
        if self.instance_snapshot_info is not None:
            data["instanceSnapshotInfo"] = self.instance_snapshot_info.to_dict()
        if self.disk_snapshot_info is not None:
            data["diskSnapshotInfo"] = self.disk_snapshot_info.to_dict()
        return data

    from_wire = from_dict
