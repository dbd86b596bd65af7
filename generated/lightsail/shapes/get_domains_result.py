"""GetDomainsResult: The result of the ``GetDomains`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .domain import Domain


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDomainsResult(Shape):
    """The result of the ``GetDomains`` operation."""

    domains: list[Domain] | None = None
    """An array of key-value pairs containing information about each of the
    domain entries in the user's account.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetDomains`` request
    and specify the next page token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domains": Rule("domains", "list", item=Rule("", "Domain")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self, *, domains: list[Domain] | None = None, next_page_token: str | None = None
    ) -> None:
        self.domains = domains
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDomainsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domains")) is not None:
            kwargs["domains"] = [
                None if item is None else Domain.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.domains is not None:
            data["domains"] = [shape_to_dict(item) for item in self.domains]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
