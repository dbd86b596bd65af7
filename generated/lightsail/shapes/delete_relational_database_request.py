"""DeleteRelationalDatabaseRequest: The arguments of the ``DeleteRelationalDatabase`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteRelationalDatabaseRequest(Shape):
    """The arguments of the ``DeleteRelationalDatabase`` operation."""

    relational_database_name: str
    """The name of the database that you are deleting."""

    skip_final_snapshot: bool | None = None
    """Determines whether a final database snapshot is created before your
    database is deleted. If ``true`` is specified, no database snapshot is
    created. If ``false`` is specified, a database snapshot is created
    before your database is deleted.

    You must specify the ``final relational database snapshot name``
    parameter if the ``skip final snapshot`` parameter is ``false``.

    Default: ``false``
    """

    final_relational_database_snapshot_name: str | None = None
    """The name of the database snapshot created if ``skip final snapshot`` is
    ``false``, which is the default value for that parameter.

    Note:
        Specifying this parameter and also specifying the
        ``skip final snapshot`` parameter to ``true`` results in an error.

    Constraints:

    - Must contain from 2 to 255 alphanumeric characters, or hyphens.
    - The first and last character must be a letter or number.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "skip_final_snapshot": Rule("skipFinalSnapshot", "boolean"),
        "final_relational_database_snapshot_name": Rule(
            "finalRelationalDatabaseSnapshotName", "string"
        ),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        skip_final_snapshot: bool | None = None,
        final_relational_database_snapshot_name: str | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.skip_final_snapshot = skip_final_snapshot
        self.final_relational_database_snapshot_name = (
            final_relational_database_snapshot_name
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteRelationalDatabaseRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("skipFinalSnapshot")) is not None:
            kwargs["skip_final_snapshot"] = value
        if (value := data.get("finalRelationalDatabaseSnapshotName")) is not None:
            kwargs["final_relational_database_snapshot_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        if self.skip_final_snapshot is not None:
            data["skipFinalSnapshot"] = self.skip_final_snapshot
        if self.final_relational_database_snapshot_name is not None:
            data["finalRelationalDatabaseSnapshotName"] = (
                self.final_relational_database_snapshot_name
            )
        return data

    to_wire = to_dict
