"""GetRelationalDatabaseSnapshotResult: The result of the ``GetRelationalDatabaseSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .relational_database_snapshot import RelationalDatabaseSnapshot


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseSnapshotResult(Shape):
    """The result of the ``GetRelationalDatabaseSnapshot`` operation."""

    relational_database_snapshot: RelationalDatabaseSnapshot | None = None
    """An object describing the specified database snapshot."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_snapshot": Rule(
            "relationalDatabaseSnapshot", "RelationalDatabaseSnapshot"
        ),
    }

    def __init__(
        self, *, relational_database_snapshot: RelationalDatabaseSnapshot | None = None
    ) -> None:
        self.relational_database_snapshot = relational_database_snapshot

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRelationalDatabaseSnapshotResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseSnapshot")) is not None:
            kwargs["relational_database_snapshot"] = (
                RelationalDatabaseSnapshot.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.relational_database_snapshot is not None:
            data["relationalDatabaseSnapshot"] = (
                self.relational_database_snapshot.to_dict()
            )
        return data

    from_wire = from_dict
