"""AttachDiskRequest: The arguments of the ``AttachDisk`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AttachDiskRequest(Shape):
    """The arguments of the ``AttachDisk`` operation."""

    disk_name: str
    """The unique Lightsail disk name (``my-disk``)."""

    instance_name: str
    """The name of the Lightsail instance where you want to utilize the storage
    disk.
    """

    disk_path: str
    """The disk path to expose to the instance (``/dev/xvdf``)."""

    auto_mounting: bool | None = None
    """A Boolean value used to determine the automatic mounting of a storage
    volume to a virtual computer. The default value is ``False``.

    Important:
        This value only applies to Lightsail for Research resources.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_name": Rule("diskName", "string", required=True),
        "instance_name": Rule("instanceName", "string", required=True),
        "disk_path": Rule("diskPath", "string", required=True),
        "auto_mounting": Rule("autoMounting", "boolean"),
    }

    def __init__(
        self,
        *,
        disk_name: str,
        instance_name: str,
        disk_path: str,
        auto_mounting: bool | None = None,
    ) -> None:
        self.disk_name = disk_name
        self.instance_name = instance_name
        self.disk_path = disk_path
        self.auto_mounting = auto_mounting

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachDiskRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskName")) is not None:
            kwargs["disk_name"] = value
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("diskPath")) is not None:
            kwargs["disk_path"] = value
        if (value := data.get("autoMounting")) is not None:
            kwargs["auto_mounting"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "diskName": self.disk_name,
            "instanceName": self.instance_name,
            "diskPath": self.disk_path,
        }
        if self.auto_mounting is not None:
            data["autoMounting"] = self.auto_mounting
        return data

    to_wire = to_dict
