"""UpdateRelationalDatabaseParametersRequest"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .relational_database_parameter import RelationalDatabaseParameter


@dataclass(kw_only=True)
class UpdateRelationalDatabaseParametersRequest(Shape):
    """UpdateRelationalDatabaseParametersRequest"""

    relational_database_name: str
    """The name of your database for which to update parameters."""

    parameters: list[RelationalDatabaseParameter]
    """The database parameters to update."""

    RULES: ClassVar[dict[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "parameters": Rule(
            "parameters", "list", required=True, item=Rule("", "structure")
        ),
    }

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
                RelationalDatabaseParameter.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.relational_database_name is not None:
            data["relationalDatabaseName"] = self.relational_database_name
        if self.parameters is not None:
            data["parameters"] = [item.to_dict() for item in self.parameters]
        return data

    from_wire = from_dict
    to_wire = to_dict
