"""UpdateRelationalDatabaseParametersRequest: The arguments of the ``UpdateRelationalDatabaseParameters`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .relational_database_parameter import RelationalDatabaseParameter


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class UpdateRelationalDatabaseParametersRequest(Shape):
    """The arguments of the ``UpdateRelationalDatabaseParameters`` operation."""

    relational_database_name: str
    """The name of your database for which to update parameters."""

    parameters: list[RelationalDatabaseParameter]
    """The database parameters to update."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "parameters": Rule(
            "parameters",
            "list",
            required=True,
            item=Rule("", "RelationalDatabaseParameter"),
        ),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        parameters: list[RelationalDatabaseParameter],
    ) -> None:
        self.relational_database_name = relational_database_name
        self.parameters = parameters

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> UpdateRelationalDatabaseParametersRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("parameters")) is not None:
            kwargs["parameters"] = [
                None if item is None else RelationalDatabaseParameter.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "parameters": [shape_to_dict(item) for item in self.parameters],
        }
        return data

    to_wire = to_dict
