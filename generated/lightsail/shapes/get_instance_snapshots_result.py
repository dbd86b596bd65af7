"""GetInstanceSnapshotsResult: The result of the ``GetInstanceSnapshots`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .instance_snapshot import InstanceSnapshot


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceSnapshotsResult(Shape):
    """The result of the ``GetInstanceSnapshots`` operation."""

    instance_snapshots: list[InstanceSnapshot] | None = None
    """An array of key-value pairs containing information about the results of
    your get instance snapshots request.
    """

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetInstanceSnapshots`` request and specify the next page token using
    the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_snapshots": Rule(
            "instanceSnapshots", "list", item=Rule("", "InstanceSnapshot")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        instance_snapshots: list[InstanceSnapshot] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.instance_snapshots = instance_snapshots
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceSnapshotsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceSnapshots")) is not None:
            kwargs["instance_snapshots"] = [
                None if item is None else InstanceSnapshot.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.instance_snapshots is not None:
            data["instanceSnapshots"] = [
                shape_to_dict(item) for item in self.instance_snapshots
            ]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
