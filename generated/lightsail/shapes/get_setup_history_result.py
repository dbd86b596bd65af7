"""GetSetupHistoryResult: The result of the ``GetSetupHistory`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .setup_history import SetupHistory


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetSetupHistoryResult(Shape):
    """The result of the ``GetSetupHistory`` operation."""

    setup_history: list[SetupHistory] | None = None
    """The historical information that's returned."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetSetupHistory``
    request and specify the next page token using the pageToken parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "setup_history": Rule("setupHistory", "list", item=Rule("", "SetupHistory")),
        "next_page_token": Rule("nextPageToken", "string", min=24),
    }

    def __init__(
        self,
        *,
        setup_history: list[SetupHistory] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.setup_history = setup_history
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetSetupHistoryResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("setupHistory")) is not None:
            kwargs["setup_history"] = [
                None if item is None else SetupHistory.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.setup_history is not None:
            data["setupHistory"] = [shape_to_dict(item) for item in self.setup_history]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
