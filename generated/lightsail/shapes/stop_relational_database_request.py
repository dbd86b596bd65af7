"""StopRelationalDatabaseRequest: The arguments of the ``StopRelationalDatabase`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StopRelationalDatabaseRequest(Shape):
    """The arguments of the ``StopRelationalDatabase`` operation."""

    relational_database_name: str
    """The name of your database to stop."""

    relational_database_snapshot_name: str | None = None
    """The name of your new database snapshot to be created before stopping
    your database.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "relational_database_snapshot_name": Rule(
            "relationalDatabaseSnapshotName", "string"
        ),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        relational_database_snapshot_name: str | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.relational_database_snapshot_name = relational_database_snapshot_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StopRelationalDatabaseRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("relationalDatabaseSnapshotName")) is not None:
            kwargs["relational_database_snapshot_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        if self.relational_database_snapshot_name is not None:
            data["relationalDatabaseSnapshotName"] = (
                self.relational_database_snapshot_name
            )
        return data

    to_wire = to_dict
