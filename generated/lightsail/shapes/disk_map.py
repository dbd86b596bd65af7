"""DiskMap: Describes a block storage disk mapping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DiskMap(Shape):
    """Describes a block storage disk mapping."""

    original_disk_path: str | None = None
    """The original disk path exposed to the instance (for example,
    ``/dev/sdh``).
    """

    new_disk_name: str | None = None
    """The new disk name (``my-new-disk``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "original_disk_path": Rule("originalDiskPath", "string"),
        "new_disk_name": Rule("newDiskName", "string"),
    }

    def __init__(
        self, *, original_disk_path: str | None = None, new_disk_name: str | None = None
    ) -> None:
        self.original_disk_path = original_disk_path
        self.new_disk_name = new_disk_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DiskMap:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("originalDiskPath")) is not None:
            kwargs["original_disk_path"] = value
        if (value := data.get("newDiskName")) is not None:
            kwargs["new_disk_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.original_disk_path is not None:
            data["originalDiskPath"] = self.original_disk_path
        if self.new_disk_name is not None:
            data["newDiskName"] = self.new_disk_name
        return data

    to_wire = to_dict


DiskMapDict = TypedDict(
    "DiskMapDict",
    {
        "originalDiskPath": "str",
        "newDiskName": "str",
    },
    total=False,
)
"""The dict client methods accept for `DiskMap`, keys as in the model."""
