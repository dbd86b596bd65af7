"""ExportSnapshotRecord: Describes an export snapshot record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .destination_info import DestinationInfo
from .export_snapshot_record_source_info import ExportSnapshotRecordSourceInfo
from .record_state import RecordState
from .resource_location import ResourceLocation
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ExportSnapshotRecord(Shape):
    """Describes an export snapshot record."""

    name: str | None = None
    """The export snapshot record name."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the export snapshot record."""

    created_at: datetime | None = None
    """The date when the export snapshot record was created."""

    location: ResourceLocation | None = None
    """The AWS Region and Availability Zone where the export snapshot record is
    located.
    """

    resource_type: ResourceType | str | None = None
    """The Lightsail resource type (``ExportSnapshotRecord``)."""

    state: RecordState | str | None = None
    """The state of the export snapshot record."""

    source_info: ExportSnapshotRecordSourceInfo | None = None
    """A list of objects describing the source of the export snapshot record."""

    destination_info: DestinationInfo | None = None
    """A list of objects describing the destination of the export snapshot
    record.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "state": Rule("state", "string"),
        "source_info": Rule("sourceInfo", "ExportSnapshotRecordSourceInfo"),
        "destination_info": Rule("destinationInfo", "DestinationInfo"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        state: RecordState | str | None = None,
        source_info: ExportSnapshotRecordSourceInfo | None = None,
        destination_info: DestinationInfo | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.state = state
        self.source_info = source_info
        self.destination_info = destination_info

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportSnapshotRecord:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(RecordState, value)
        if (value := data.get("sourceInfo")) is not None:
            kwargs["source_info"] = ExportSnapshotRecordSourceInfo.from_dict(value)
        if (value := data.get("destinationInfo")) is not None:
            kwargs["destination_info"] = DestinationInfo.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.state is not None:
            data["state"] = self.state
        if self.source_info is not None:
            data["sourceInfo"] = self.source_info.to_dict()
        if self.destination_info is not None:
            data["destinationInfo"] = self.destination_info.to_dict()
        return data

    from_wire = from_dict
