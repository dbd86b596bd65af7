"""GetInstanceSnapshotResult: The result of the ``GetInstanceSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .instance_snapshot import InstanceSnapshot


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceSnapshotResult(Shape):
    """The result of the ``GetInstanceSnapshot`` operation."""

    instance_snapshot: InstanceSnapshot | None = None
    """An array of key-value pairs containing information about the results of
    your get instance snapshot request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_snapshot": Rule("instanceSnapshot", "InstanceSnapshot"),
    }

    def __init__(self, *, instance_snapshot: InstanceSnapshot | None = None) -> None:
        self.instance_snapshot = instance_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceSnapshotResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceSnapshot")) is not None:
            kwargs["instance_snapshot"] = InstanceSnapshot.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.instance_snapshot is not None:
            data["instanceSnapshot"] = self.instance_snapshot.to_dict()
        return data

    from_wire = from_dict
