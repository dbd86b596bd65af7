"""DeleteAutoSnapshotRequest: The arguments of the ``DeleteAutoSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteAutoSnapshotRequest(Shape):
    """The arguments of the ``DeleteAutoSnapshot`` operation."""

    resource_name: str
    """The name of the source instance or disk from which to delete the
    automatic snapshot.
    """

    date: str
    """The date of the automatic snapshot to delete in ``YYYY-MM-DD`` format.
    Use the ``get auto snapshots`` operation to get the available automatic
    snapshots for a resource.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "date": Rule("date", "string", required=True),
    }

    def __init__(self, *, resource_name: str, date: str) -> None:
        self.resource_name = resource_name
        self.date = date

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteAutoSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("date")) is not None:
            kwargs["date"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "date": self.date,
        }
        return data

    to_wire = to_dict
