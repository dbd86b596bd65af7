"""AttachedDisk: Describes a block storage disk that is attached to an instance, and is included in an automatic snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AttachedDisk(Shape):
    """Describes a block storage disk that is attached to an instance, and is
    included in an automatic snapshot.
    """

    path: str | None = None
    """The path of the disk (``/dev/xvdf``)."""

    size_in_gb: int | None = None
    """The size of the disk in GB."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "path": Rule("path", "string"),
        "size_in_gb": Rule("sizeInGb", "integer"),
    }

    def __init__(
        self, *, path: str | None = None, size_in_gb: int | None = None
    ) -> None:
        self.path = path
        self.size_in_gb = size_in_gb

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachedDisk:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("path")) is not None:
            kwargs["path"] = value
        if (value := data.get("sizeInGb")) is not None:
            kwargs["size_in_gb"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.path is not None:
            data["path"] = self.path
        if self.size_in_gb is not None:
            data["sizeInGb"] = self.size_in_gb
        return data

    from_wire = from_dict
