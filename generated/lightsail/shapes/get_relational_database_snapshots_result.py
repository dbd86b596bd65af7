"""GetRelationalDatabaseSnapshotsResult: The result of the ``GetRelationalDatabaseSnapshots`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .relational_database_snapshot import RelationalDatabaseSnapshot


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseSnapshotsResult(Shape):
    """The result of the ``GetRelationalDatabaseSnapshots`` operation."""

    relational_database_snapshots: list[RelationalDatabaseSnapshot] | None = None
    """An object describing the result of your get relational database
    snapshots request.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetRelationalDatabaseSnapshots`` request and specify the next page
    token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_snapshots": Rule(
            "relationalDatabaseSnapshots",
            "list",
            item=Rule("", "RelationalDatabaseSnapshot"),
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        relational_database_snapshots: list[RelationalDatabaseSnapshot] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.relational_database_snapshots = relational_database_snapshots
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRelationalDatabaseSnapshotsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseSnapshots")) is not None:
            kwargs["relational_database_snapshots"] = [
                None if item is None else RelationalDatabaseSnapshot.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.relational_database_snapshots is not None:
            data["relationalDatabaseSnapshots"] = [
                shape_to_dict(item) for item in self.relational_database_snapshots
            ]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
