"""GetBlueprintsRequest: The arguments of the ``GetBlueprints`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .app_category import AppCategory


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBlueprintsRequest(Shape):
    """The arguments of the ``GetBlueprints`` operation."""

    include_inactive: bool | None = None
    """A Boolean value that indicates whether to include inactive (unavailable)
    blueprints in the response of your request.
    """

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetBlueprints`` request. If
    your results are paginated, the response will return a next page token
    that you can specify as the page token in a subsequent request.
    """

    app_category: AppCategory | str | None = None
    """Returns a list of blueprints that are specific to Lightsail for
    Research.

    Important:
        You must use this parameter to view Lightsail for Research
        blueprints.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "include_inactive": Rule("includeInactive", "boolean"),
        "page_token": Rule("pageToken", "string"),
        "app_category": Rule("appCategory", "string"),
    }

    def __init__(
        self,
        *,
        include_inactive: bool | None = None,
        page_token: str | None = None,
        app_category: AppCategory | str | None = None,
    ) -> None:
        self.include_inactive = include_inactive
        self.page_token = page_token
        self.app_category = app_category

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBlueprintsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("includeInactive")) is not None:
            kwargs["include_inactive"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        if (value := data.get("appCategory")) is not None:
            kwargs["app_category"] = open_enum(AppCategory, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.include_inactive is not None:
            data["includeInactive"] = self.include_inactive
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.app_category is not None:
            data["appCategory"] = self.app_category
        return data

    to_wire = to_dict
