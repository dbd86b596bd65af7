"""GetRelationalDatabaseSnapshotsRequest: The arguments of the ``GetRelationalDatabaseSnapshots`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseSnapshotsRequest(Shape):
    """The arguments of the ``GetRelationalDatabaseSnapshots`` operation."""

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial
    ``GetRelationalDatabaseSnapshots`` request. If your results are
    paginated, the response will return a next page token that you can
    specify as the page token in a subsequent request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "page_token": Rule("pageToken", "string"),
    }

    def __init__(self, *, page_token: str | None = None) -> None:
        self.page_token = page_token

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseSnapshotsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data

    to_wire = to_dict
