"""StartRelationalDatabaseRequest: The arguments of the ``StartRelationalDatabase`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StartRelationalDatabaseRequest(Shape):
    """The arguments of the ``StartRelationalDatabase`` operation."""

    relational_database_name: str
    """The name of your database to start."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
    }

    def __init__(self, *, relational_database_name: str) -> None:
        self.relational_database_name = relational_database_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StartRelationalDatabaseRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        return data

    to_wire = to_dict
