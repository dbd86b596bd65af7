"""CreateDiskRequest: The arguments of the ``CreateDisk`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .add_on_request import AddOnRequest
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateDiskRequest(Shape):
    """The arguments of the ``CreateDisk`` operation."""

    disk_name: str
    """The unique Lightsail disk name (``my-disk``)."""

    availability_zone: str
    """The Availability Zone where you want to create the disk
    (``us-east-2a``). Use the same Availability Zone as the Lightsail
    instance to which you want to attach the disk.

    Use the ``get regions`` operation to list the Availability Zones where
    Lightsail is currently available.
    """

    size_in_gb: int
    """The size of the disk in GB (``32``)."""

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    add_ons: list[AddOnRequest] | None = None
    """An array of objects that represent the add-ons to enable for the new
    disk.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_name": Rule("diskName", "string", required=True),
        "availability_zone": Rule("availabilityZone", "string", required=True),
        "size_in_gb": Rule("sizeInGb", "integer", required=True),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "add_ons": Rule("addOns", "list", item=Rule("", "AddOnRequest")),
    }

    def __init__(
        self,
        *,
        disk_name: str,
        availability_zone: str,
        size_in_gb: int,
        tags: list[Tag] | None = None,
        add_ons: list[AddOnRequest] | None = None,
    ) -> None:
        self.disk_name = disk_name
        self.availability_zone = availability_zone
        self.size_in_gb = size_in_gb
        self.tags = tags
        self.add_ons = add_ons

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDiskRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskName")) is not None:
            kwargs["disk_name"] = value
        if (value := data.get("availabilityZone")) is not None:
            kwargs["availability_zone"] = value
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("addOns")) is not None:
            kwargs["add_ons"] = [
                None if item is None else AddOnRequest.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "diskName": self.disk_name,
            "availabilityZone": self.availability_zone,
            "sizeInGb": self.size_in_gb,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.add_ons is not None:
            data["addOns"] = [shape_to_dict(item) for item in self.add_ons]
        return data

    to_wire = to_dict
