"""GetRelationalDatabaseResult: The result of the ``GetRelationalDatabase`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .relational_database import RelationalDatabase


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseResult(Shape):
    """The result of the ``GetRelationalDatabase`` operation."""

    relational_database: RelationalDatabase | None = None
    """An object describing the specified database."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database": Rule("relationalDatabase", "RelationalDatabase"),
    }

    def __init__(
        self, *, relational_database: RelationalDatabase | None = None
    ) -> None:
        self.relational_database = relational_database

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRelationalDatabaseResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabase")) is not None:
            kwargs["relational_database"] = RelationalDatabase.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.relational_database is not None:
            data["relationalDatabase"] = self.relational_database.to_dict()
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetRelationalDatabaseResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabase")) is not None:
            kwargs["relational_database"] = RelationalDatabase.from_wire(value)
        return cls(**kwargs)
