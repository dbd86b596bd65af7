"""CreateDiskSnapshotRequest: The arguments of the ``CreateDiskSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateDiskSnapshotRequest(Shape):
    """The arguments of the ``CreateDiskSnapshot`` operation."""

    disk_snapshot_name: str
    """The name of the destination disk snapshot (``my-disk-snapshot``) based
    on the source disk.
    """

    disk_name: str | None = None
    """The unique name of the source disk (``Disk-Virginia-1``).

    Note:
        This parameter cannot be defined together with the ``instance name``
        parameter. The ``disk name`` and ``instance name`` parameters are
        mutually exclusive.
    """

    instance_name: str | None = None
    """The unique name of the source instance
    (``Amazon_Linux-512MB-Virginia-1``). When this is defined, a snapshot of
    the instance's system volume is created.

    Note:
        This parameter cannot be defined together with the ``disk name``
        parameter. The ``instance name`` and ``disk name`` parameters are
        mutually exclusive.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_snapshot_name": Rule("diskSnapshotName", "string", required=True),
        "disk_name": Rule("diskName", "string"),
        "instance_name": Rule("instanceName", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        disk_snapshot_name: str,
        disk_name: str | None = None,
        instance_name: str | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.disk_snapshot_name = disk_snapshot_name
        self.disk_name = disk_name
        self.instance_name = instance_name
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDiskSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskSnapshotName")) is not None:
            kwargs["disk_snapshot_name"] = value
        if (value := data.get("diskName")) is not None:
            kwargs["disk_name"] = value
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "diskSnapshotName": self.disk_snapshot_name,
        }
        if self.disk_name is not None:
            data["diskName"] = self.disk_name
        if self.instance_name is not None:
            data["instanceName"] = self.instance_name
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
