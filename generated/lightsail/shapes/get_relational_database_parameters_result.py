"""GetRelationalDatabaseParametersResult: The result of the ``GetRelationalDatabaseParameters`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .relational_database_parameter import RelationalDatabaseParameter


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseParametersResult(Shape):
    """The result of the ``GetRelationalDatabaseParameters`` operation."""

    parameters: list[RelationalDatabaseParameter] | None = None
    """An object describing the result of your get relational database
    parameters request.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetRelationalDatabaseParameters`` request and specify the next page
    token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "parameters": Rule(
            "parameters", "list", item=Rule("", "RelationalDatabaseParameter")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        parameters: list[RelationalDatabaseParameter] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.parameters = parameters
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseParametersResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("parameters")) is not None:
            kwargs["parameters"] = [
                None if item is None else RelationalDatabaseParameter.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.parameters is not None:
            data["parameters"] = [shape_to_dict(item) for item in self.parameters]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
