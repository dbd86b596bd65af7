"""InstanceSnapshot: Describes an instance snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .disk import Disk
from .instance_snapshot_state import InstanceSnapshotState
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceSnapshot(Shape):
    """Describes an instance snapshot."""

    name: str | None = None
    """The name of the snapshot."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the snapshot
    (``arn:aws:lightsail:us-east-2:123456789101:InstanceSnapshot/d23b5706-3322-4d83-81e5-12345EXAMPLE``).
    """

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about an instance or another resource in Lightsail. This
    code enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The timestamp when the snapshot was created (``1479907467.024``)."""

    location: ResourceLocation | None = None
    """The region name and Availability Zone where you created the snapshot."""

    resource_type: ResourceType | str | None = None
    """The type of resource (usually ``InstanceSnapshot``)."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    state: InstanceSnapshotState | str | None = None
    """The state the snapshot is in."""

    progress: str | None = None
    """The progress of the snapshot.

    Note:
        This is populated only for disk snapshots, and is ``null`` for
        instance snapshots.
    """

    from_attached_disks: list[Disk] | None = None
    """An array of disk objects containing information about all block storage
    disks.
    """

    from_instance_name: str | None = None
    """The instance from which the snapshot was created."""

    from_instance_arn: str | None = None
    """The Amazon Resource Name (ARN) of the instance from which the snapshot
    was created
    (``arn:aws:lightsail:us-east-2:123456789101:Instance/64b8404c-ccb1-430b-8daf-12345EXAMPLE``).
    """

    from_blueprint_id: str | None = None
    """The blueprint ID from which you created the snapshot
    (``amazon_linux_2023``). A blueprint is a virtual private server (or
    *instance*) image used to create instances quickly.
    """

    from_bundle_id: str | None = None
    """The bundle ID from which you created the snapshot (``micro_x_x``)."""

    is_from_auto_snapshot: bool | None = None
    """A Boolean value indicating whether the snapshot was created from an
    automatic snapshot.
    """

    size_in_gb: int | None = None
    """The size in GB of the SSD."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "state": Rule("state", "string"),
        "progress": Rule("progress", "string"),
        "from_attached_disks": Rule("fromAttachedDisks", "list", item=Rule("", "Disk")),
        "from_instance_name": Rule("fromInstanceName", "string"),
        "from_instance_arn": Rule("fromInstanceArn", "string"),
        "from_blueprint_id": Rule("fromBlueprintId", "string"),
        "from_bundle_id": Rule("fromBundleId", "string"),
        "is_from_auto_snapshot": Rule("isFromAutoSnapshot", "boolean"),
        "size_in_gb": Rule("sizeInGb", "integer"),
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
        state: InstanceSnapshotState | str | None = None,
        progress: str | None = None,
        from_attached_disks: list[Disk] | None = None,
        from_instance_name: str | None = None,
        from_instance_arn: str | None = None,
        from_blueprint_id: str | None = None,
        from_bundle_id: str | None = None,
        is_from_auto_snapshot: bool | None = None,
        size_in_gb: int | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.state = state
        self.progress = progress
        self.from_attached_disks = from_attached_disks
        self.from_instance_name = from_instance_name
        self.from_instance_arn = from_instance_arn
        self.from_blueprint_id = from_blueprint_id
        self.from_bundle_id = from_bundle_id
        self.is_from_auto_snapshot = is_from_auto_snapshot
        self.size_in_gb = size_in_gb

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceSnapshot:
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
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(InstanceSnapshotState, value)
        if (value := data.get("progress")) is not None:
            kwargs["progress"] = value
        if (value := data.get("fromAttachedDisks")) is not None:
            kwargs["from_attached_disks"] = [
                None if item is None else Disk.from_dict(item) for item in value
            ]
        if (value := data.get("fromInstanceName")) is not None:
            kwargs["from_instance_name"] = value
        if (value := data.get("fromInstanceArn")) is not None:
            kwargs["from_instance_arn"] = value
        if (value := data.get("fromBlueprintId")) is not None:
            kwargs["from_blueprint_id"] = value
        if (value := data.get("fromBundleId")) is not None:
            kwargs["from_bundle_id"] = value
        if (value := data.get("isFromAutoSnapshot")) is not None:
            kwargs["is_from_auto_snapshot"] = value
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
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
        if self.state is not None:
            data["state"] = self.state
        if self.progress is not None:
            data["progress"] = self.progress
        if self.from_attached_disks is not None:
            data["fromAttachedDisks"] = [
                shape_to_dict(item) for item in self.from_attached_disks
            ]
        if self.from_instance_name is not None:
            data["fromInstanceName"] = self.from_instance_name
        if self.from_instance_arn is not None:
            data["fromInstanceArn"] = self.from_instance_arn
        if self.from_blueprint_id is not None:
            data["fromBlueprintId"] = self.from_blueprint_id
        if self.from_bundle_id is not None:
            data["fromBundleId"] = self.from_bundle_id
        if self.is_from_auto_snapshot is not None:
            data["isFromAutoSnapshot"] = self.is_from_auto_snapshot
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        return data

    from_wire = from_dict
