"""GetSetupHistoryRequest: The arguments of the ``GetSetupHistory`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetSetupHistoryRequest(Shape):
    """The arguments of the ``GetSetupHistory`` operation."""

    resource_name: str
    """The name of the resource for which you are requesting information."""

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetSetupHistory`` request. If
    your results are paginated, the response will return a next page token
    that you can specify as the page token in a subsequent request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "page_token": Rule("pageToken", "string", min=24),
    }

    def __init__(self, *, resource_name: str, page_token: str | None = None) -> None:
        self.resource_name = resource_name
        self.page_token = page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetSetupHistoryRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
        }
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data

    to_wire = to_dict
