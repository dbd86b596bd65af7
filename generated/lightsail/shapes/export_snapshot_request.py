"""ExportSnapshotRequest: The arguments of the ``ExportSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ExportSnapshotRequest(Shape):
    """The arguments of the ``ExportSnapshot`` operation."""

    source_snapshot_name: str
    """The name of the instance or disk snapshot to be exported to Amazon EC2."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "source_snapshot_name": Rule("sourceSnapshotName", "string", required=True),
    }

    def __init__(self, *, source_snapshot_name: str) -> None:
        self.source_snapshot_name = source_snapshot_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("sourceSnapshotName")) is not None:
            kwargs["source_snapshot_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "sourceSnapshotName": self.source_snapshot_name,
        }
        return data

    to_wire = to_dict
