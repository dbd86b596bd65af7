"""GetOperationsForResourceResult: The result of the ``GetOperationsForResource`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .operation import Operation


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetOperationsForResourceResult(Shape):
    """The result of the ``GetOperationsForResource`` operation."""

    operations: list[Operation] | None = None
    """An array of objects that describe the result of the action, such as the
    status of the request, the timestamp of the request, and the resources
    affected by the request.
    """

    next_page_count: str | None = None
    """Deprecated. (Discontinued) Returns the number of pages of results that remain.

    Note:
        In releases prior to June 12, 2017, this parameter returned ``null``
        by the API. It is now discontinued, and the API returns the
        ``next page token`` parameter instead.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetOperationsForResource`` request and specify the next page token
    using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "operations": Rule("operations", "list", item=Rule("", "Operation")),
        "next_page_count": Rule("nextPageCount", "string"),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        operations: list[Operation] | None = None,
        next_page_count: str | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.operations = operations
        self.next_page_count = next_page_count
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetOperationsForResourceResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("operations")) is not None:
            kwargs["operations"] = [
                None if item is None else Operation.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageCount")) is not None:
            kwargs["next_page_count"] = value
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.operations is not None:
            data["operations"] = [shape_to_dict(item) for item in self.operations]
        if self.next_page_count is not None:
            data["nextPageCount"] = self.next_page_count
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
