"""DeleteInstanceSnapshotRequest: The arguments of the ``DeleteInstanceSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteInstanceSnapshotRequest(Shape):
    """The arguments of the ``DeleteInstanceSnapshot`` operation."""

    instance_snapshot_name: str
    """The name of the snapshot to delete."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_snapshot_name": Rule("instanceSnapshotName", "string", required=True),
    }

    def __init__(self, *, instance_snapshot_name: str) -> None:
        self.instance_snapshot_name = instance_snapshot_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteInstanceSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceSnapshotName")) is not None:
            kwargs["instance_snapshot_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceSnapshotName": self.instance_snapshot_name,
        }
        return data

    to_wire = to_dict
