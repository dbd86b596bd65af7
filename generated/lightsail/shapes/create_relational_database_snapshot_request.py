"""CreateRelationalDatabaseSnapshotRequest: The arguments of the ``CreateRelationalDatabaseSnapshot`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateRelationalDatabaseSnapshotRequest(Shape):
    """The arguments of the ``CreateRelationalDatabaseSnapshot`` operation."""

    relational_database_name: str
    """The name of the database on which to base your new snapshot."""

    relational_database_snapshot_name: str
    """The name for your new database snapshot.

    Constraints:

    - Must contain from 2 to 255 alphanumeric characters, or hyphens.
    - The first and last character must be a letter or number.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "relational_database_snapshot_name": Rule(
            "relationalDatabaseSnapshotName", "string", required=True
        ),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        relational_database_snapshot_name: str,
        tags: list[Tag] | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.relational_database_snapshot_name = relational_database_snapshot_name
        self.tags = tags

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> CreateRelationalDatabaseSnapshotRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("relationalDatabaseSnapshotName")) is not None:
            kwargs["relational_database_snapshot_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "relationalDatabaseSnapshotName": self.relational_database_snapshot_name,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
