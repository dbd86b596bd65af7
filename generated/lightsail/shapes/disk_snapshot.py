"""DiskSnapshot: Describes a block storage disk snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .disk_snapshot_state import DiskSnapshotState
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DiskSnapshot(Shape):
    """Describes a block storage disk snapshot."""

    name: str | None = None
    """The name of the disk snapshot (``my-disk-snapshot``)."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the disk snapshot."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about an instance or another resource in Lightsail. This
    code enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The date when the disk snapshot was created."""

    location: ResourceLocation | None = None
    """The AWS Region and Availability Zone where the disk snapshot was
    created.
    """

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type (``DiskSnapshot``)."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    size_in_gb: int | None = None
    """The size of the disk in GB."""

    state: DiskSnapshotState | str | None = None
    """The status of the disk snapshot operation."""

    progress: str | None = None
    """The progress of the snapshot."""

    from_disk_name: str | None = None
    """The unique name of the source disk from which the disk snapshot was
    created.
    """

    from_disk_arn: str | None = None
    """The Amazon Resource Name (ARN) of the source disk from which the disk
    snapshot was created.
    """

    from_instance_name: str | None = None
    """The unique name of the source instance from which the disk (system
    volume) snapshot was created.
    """

    from_instance_arn: str | None = None
    """The Amazon Resource Name (ARN) of the source instance from which the
    disk (system volume) snapshot was created.
    """

    is_from_auto_snapshot: bool | None = None
    """A Boolean value indicating whether the snapshot was created from an
    automatic snapshot.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "size_in_gb": Rule("sizeInGb", "integer"),
        "state": Rule("state", "string"),
        "progress": Rule("progress", "string"),
        "from_disk_name": Rule("fromDiskName", "string"),
        "from_disk_arn": Rule("fromDiskArn", "string"),
        "from_instance_name": Rule("fromInstanceName", "string"),
        "from_instance_arn": Rule("fromInstanceArn", "string"),
        "is_from_auto_snapshot": Rule("isFromAutoSnapshot", "boolean"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        support_code: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        tags: list[Tag] | None = None,
        size_in_gb: int | None = None,
        state: DiskSnapshotState | str | None = None,
        progress: str | None = None,
        from_disk_name: str | None = None,
        from_disk_arn: str | None = None,
        from_instance_name: str | None = None,
        from_instance_arn: str | None = None,
        is_from_auto_snapshot: bool | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.size_in_gb = size_in_gb
        self.state = state
        self.progress = progress
        self.from_disk_name = from_disk_name
        self.from_disk_arn = from_disk_arn
        self.from_instance_name = from_instance_name
        self.from_instance_arn = from_instance_arn
        self.is_from_auto_snapshot = is_from_auto_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskSnapshot:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(DiskSnapshotState, value)
        if (value := data.get("progress")) is not None:
            kwargs["progress"] = value
        if (value := data.get("fromDiskName")) is not None:
            kwargs["from_disk_name"] = value
        if (value := data.get("fromDiskArn")) is not None:
            kwargs["from_disk_arn"] = value
        if (value := data.get("fromInstanceName")) is not None:
            kwargs["from_instance_name"] = value
        if (value := data.get("fromInstanceArn")) is not None:
            kwargs["from_instance_arn"] = value
        if (value := data.get("isFromAutoSnapshot")) is not None:
            kwargs["is_from_auto_snapshot"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        if self.state is not None:
            data["state"] = self.state
        if self.progress is not None:
            data["progress"] = self.progress
        if self.from_disk_name is not None:
            data["fromDiskName"] = self.from_disk_name
        if self.from_disk_arn is not None:
            data["fromDiskArn"] = self.from_disk_arn
        if self.from_instance_name is not None:
            data["fromInstanceName"] = self.from_instance_name
        if self.from_instance_arn is not None:
            data["fromInstanceArn"] = self.from_instance_arn
        if self.is_from_auto_snapshot is not None:
            data["isFromAutoSnapshot"] = self.is_from_auto_snapshot
        return data

    from_wire = from_dict
