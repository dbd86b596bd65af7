"""GetRelationalDatabaseBlueprintsResult: The result of the ``GetRelationalDatabaseBlueprints`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .relational_database_blueprint import RelationalDatabaseBlueprint


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseBlueprintsResult(Shape):
    """The result of the ``GetRelationalDatabaseBlueprints`` operation."""

    blueprints: list[RelationalDatabaseBlueprint] | None = None
    """An object describing the result of your get relational database
    blueprints request.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetRelationalDatabaseBlueprints`` request and specify the next page
    token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "blueprints": Rule(
            "blueprints", "list", item=Rule("", "RelationalDatabaseBlueprint")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        blueprints: list[RelationalDatabaseBlueprint] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.blueprints = blueprints
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseBlueprintsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("blueprints")) is not None:
            kwargs["blueprints"] = [
                None if item is None else RelationalDatabaseBlueprint.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.blueprints is not None:
            data["blueprints"] = [shape_to_dict(item) for item in self.blueprints]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
