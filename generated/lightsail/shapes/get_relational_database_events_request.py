"""GetRelationalDatabaseEventsRequest: The arguments of the ``GetRelationalDatabaseEvents`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseEventsRequest(Shape):
    """The arguments of the ``GetRelationalDatabaseEvents`` operation."""

    relational_database_name: str
    """The name of the database from which to get events."""

    duration_in_minutes: int | None = None
    """The number of minutes in the past from which to retrieve events. For
    example, to get all events from the past 2 hours, enter 120.

    Default: ``60``

    The minimum is 1 and the maximum is 14 days (20160 minutes).
    """

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetRelationalDatabaseEvents``
    request. If your results are paginated, the response will return a next
    page token that you can specify as the page token in a subsequent
    request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "duration_in_minutes": Rule("durationInMinutes", "integer"),
        "page_token": Rule("pageToken", "string"),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        duration_in_minutes: int | None = None,
        page_token: str | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.duration_in_minutes = duration_in_minutes
        self.page_token = page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetRelationalDatabaseEventsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("durationInMinutes")) is not None:
            kwargs["duration_in_minutes"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
        }
        if self.duration_in_minutes is not None:
            data["durationInMinutes"] = self.duration_in_minutes
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data

    to_wire = to_dict
