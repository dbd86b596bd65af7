"""Disk: Describes a block storage disk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .add_on import AddOn
from .auto_mount_status import AutoMountStatus
from .disk_state import DiskState
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Disk(Shape):
    """Describes a block storage disk."""

    name: str | None = None
    """The unique name of the disk."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the disk."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about an instance or another resource in Lightsail. This
    code enables our support team to look up your Lightsail information more
    easily.
    """

    created_at: datetime | None = None
    """The date when the disk was created."""

    location: ResourceLocation | None = None
    """The AWS Region and Availability Zone where the disk is located."""

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type (``Disk``)."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    add_ons: list[AddOn] | None = None
    """An array of objects representing the add-ons enabled on the disk."""

    size_in_gb: int | None = None
    """The size of the disk in GB."""

    is_system_disk: bool | None = None
    """A Boolean value indicating whether this disk is a system disk (has an
    operating system loaded on it).
    """

    iops: int | None = None
    """The input/output operations per second (IOPS) of the disk."""

    path: str | None = None
    """The disk path."""

    state: DiskState | str | None = None
    """Describes the status of the disk."""

    attached_to: str | None = None
    """The resources to which the disk is attached."""

    is_attached: bool | None = None
    """A Boolean value indicating whether the disk is attached."""

    attachment_state: str | None = None
    """Deprecated. (Discontinued) The attachment state of the disk.

    Note:
        In releases prior to November 14, 2017, this parameter returned
        ``attached`` for system disks in the API response. It is now
        discontinued, but still included in the response. Use ``isAttached``
        instead.
    """

    gb_in_use: int | None = None
    """Deprecated. (Discontinued) The number of GB in use by the disk.

    Note:
        In releases prior to November 14, 2017, this parameter was not
        included in the API response. It is now discontinued.
    """

    auto_mount_status: AutoMountStatus | str | None = None
    """The status of automatically mounting a storage disk to a virtual
    computer.

    Important:
        This parameter only applies to Lightsail for Research resources.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "add_ons": Rule("addOns", "list", item=Rule("", "AddOn")),
        "size_in_gb": Rule("sizeInGb", "integer"),
        "is_system_disk": Rule("isSystemDisk", "boolean"),
        "iops": Rule("iops", "integer"),
        "path": Rule("path", "string"),
        "state": Rule("state", "string"),
        "attached_to": Rule("attachedTo", "string"),
        "is_attached": Rule("isAttached", "boolean"),
        "attachment_state": Rule("attachmentState", "string"),
        "gb_in_use": Rule("gbInUse", "integer"),
        "auto_mount_status": Rule("autoMountStatus", "string"),
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
        add_ons: list[AddOn] | None = None,
        size_in_gb: int | None = None,
        is_system_disk: bool | None = None,
        iops: int | None = None,
        path: str | None = None,
        state: DiskState | str | None = None,
        attached_to: str | None = None,
        is_attached: bool | None = None,
        attachment_state: str | None = None,
        gb_in_use: int | None = None,
        auto_mount_status: AutoMountStatus | str | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.add_ons = add_ons
        self.size_in_gb = size_in_gb
        self.is_system_disk = is_system_disk
        self.iops = iops
        self.path = path
        self.state = state
        self.attached_to = attached_to
        self.is_attached = is_attached
        self.attachment_state = attachment_state
        self.gb_in_use = gb_in_use
        self.auto_mount_status = auto_mount_status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Disk:
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
        if (value := data.get("addOns")) is not None:
            kwargs["add_ons"] = [
                None if item is None else AddOn.from_dict(item) for item in value
            ]
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        if (value := data.get("isSystemDisk")) is not None:
            kwargs["is_system_disk"] = value
        if (value := data.get("iops")) is not None:
            kwargs["iops"] = value
        if (value := data.get("path")) is not None:
            kwargs["path"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(DiskState, value)
        if (value := data.get("attachedTo")) is not None:
            kwargs["attached_to"] = value
        if (value := data.get("isAttached")) is not None:
            kwargs["is_attached"] = value
        if (value := data.get("attachmentState")) is not None:
            kwargs["attachment_state"] = value
        if (value := data.get("gbInUse")) is not None:
            kwargs["gb_in_use"] = value
        if (value := data.get("autoMountStatus")) is not None:
            kwargs["auto_mount_status"] = open_enum(AutoMountStatus, value)
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
        if self.add_ons is not None:
            data["addOns"] = [shape_to_dict(item) for item in self.add_ons]
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        if self.is_system_disk is not None:
            data["isSystemDisk"] = self.is_system_disk
        if self.iops is not None:
            data["iops"] = self.iops
        if self.path is not None:
            data["path"] = self.path
        if self.state is not None:
            data["state"] = self.state
        if self.attached_to is not None:
            data["attachedTo"] = self.attached_to
        if self.is_attached is not None:
            data["isAttached"] = self.is_attached
        if self.attachment_state is not None:
            data["attachmentState"] = self.attachment_state
        if self.gb_in_use is not None:
            data["gbInUse"] = self.gb_in_use
        if self.auto_mount_status is not None:
            data["autoMountStatus"] = self.auto_mount_status
        return data

    from_wire = from_dict
