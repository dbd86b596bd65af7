"""DeleteRelationalDatabaseSnapshotRequest: The arguments of the ``DeleteRelationalDatabaseSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteRelationalDatabaseSnapshotRequest(Shape):
    """The arguments of the ``DeleteRelationalDatabaseSnapshot`` operation."""

    relational_database_snapshot_name: str
    """The name of the database snapshot that you are deleting."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_snapshot_name": Rule(
            "relationalDatabaseSnapshotName", "string", required=True
        ),
    }

    def __init__(self, *, relational_database_snapshot_name: str) -> None:
        self.relational_database_snapshot_name = relational_database_snapshot_name

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> DeleteRelationalDatabaseSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseSnapshotName")) is not None:
            kwargs["relational_database_snapshot_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseSnapshotName": self.relational_database_snapshot_name,
        }
        return data

    to_wire = to_dict
