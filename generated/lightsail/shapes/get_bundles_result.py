"""GetBundlesResult: The result of the ``GetBundles`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .bundle import Bundle


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetBundlesResult(Shape):
    """The result of the ``GetBundles`` operation."""

    bundles: list[Bundle] | None = None
    """An array of key-value pairs that contains information about the
    available bundles.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetBundles`` request
    and specify the next page token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bundles": Rule("bundles", "list", item=Rule("", "Bundle")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self, *, bundles: list[Bundle] | None = None, next_page_token: str | None = None
    ) -> None:
        self.bundles = bundles
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetBundlesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundles")) is not None:
            kwargs["bundles"] = [
                None if item is None else Bundle.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.bundles is not None:
            data["bundles"] = [shape_to_dict(item) for item in self.bundles]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetBundlesResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundles")) is not None:
            kwargs["bundles"] = [
                None if item is None else Bundle.from_wire(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)
