"""GetDisksResult: The result of the ``GetDisks`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .disk import Disk


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDisksResult(Shape):
    """The result of the ``GetDisks`` operation."""

    disks: list[Disk] | None = None
    """An array of objects containing information about all block storage
    disks.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetDisks`` request
    and specify the next page token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disks": Rule("disks", "list", item=Rule("", "Disk")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self, *, disks: list[Disk] | None = None, next_page_token: str | None = None
    ) -> None:
        self.disks = disks
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDisksResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("disks")) is not None:
            kwargs["disks"] = [
                None if item is None else Disk.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.disks is not None:
            data["disks"] = [shape_to_dict(item) for item in self.disks]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
