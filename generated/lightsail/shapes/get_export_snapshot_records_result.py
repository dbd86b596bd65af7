"""GetExportSnapshotRecordsResult: The result of the ``GetExportSnapshotRecords`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .export_snapshot_record import ExportSnapshotRecord


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetExportSnapshotRecordsResult(Shape):
    """The result of the ``GetExportSnapshotRecords`` operation."""

    export_snapshot_records: list[ExportSnapshotRecord] | None = None
    """A list of objects describing the export snapshot records."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetExportSnapshotRecords`` request and specify the next page token
    using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "export_snapshot_records": Rule(
            "exportSnapshotRecords", "list", item=Rule("", "ExportSnapshotRecord")
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        export_snapshot_records: list[ExportSnapshotRecord] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.export_snapshot_records = export_snapshot_records
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetExportSnapshotRecordsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("exportSnapshotRecords")) is not None:
            kwargs["export_snapshot_records"] = [
                None if item is None else ExportSnapshotRecord.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.export_snapshot_records is not None:
            data["exportSnapshotRecords"] = [
                shape_to_dict(item) for item in self.export_snapshot_records
            ]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
