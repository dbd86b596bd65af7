"""GetDiskSnapshotsResult: The result of the ``GetDiskSnapshots`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .disk_snapshot import DiskSnapshot


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDiskSnapshotsResult(Shape):
    """The result of the ``GetDiskSnapshots`` operation."""

    disk_snapshots: list[DiskSnapshot] | None = None
    """An array of objects containing information about all block storage disk
    snapshots.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another ``GetDiskSnapshots``
    request and specify the next page token using the ``pageToken``
    parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "disk_snapshots": Rule("diskSnapshots", "list", item=Rule("", "DiskSnapshot")),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        disk_snapshots: list[DiskSnapshot] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.disk_snapshots = disk_snapshots
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDiskSnapshotsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("diskSnapshots")) is not None:
            kwargs["disk_snapshots"] = [
                None if item is None else DiskSnapshot.from_dict(item) for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.disk_snapshots is not None:
            data["diskSnapshots"] = [
                shape_to_dict(item) for item in self.disk_snapshots
            ]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
