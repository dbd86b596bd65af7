"""CloudFormationStackRecordSourceInfo: Describes the source of a CloudFormation stack record (i.e., the export snapshot record)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .cloud_formation_stack_record_source_type import (
    CloudFormationStackRecordSourceType,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CloudFormationStackRecordSourceInfo(Shape):
    """Describes the source of a CloudFormation stack record (i.e., the export
    snapshot record).
    """

    resource_type: CloudFormationStackRecordSourceType | str | None = None
    """The Lightsail resource type (``ExportSnapshotRecord``)."""

    name: str | None = None
    """The name of the record."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the export snapshot record."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_type": Rule("resourceType", "string"),
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
    }

    def __init__(
        self,
        *,
        resource_type: CloudFormationStackRecordSourceType | str | None = None,
        name: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.name = name
        self.arn = arn

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CloudFormationStackRecordSourceInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(
                CloudFormationStackRecordSourceType, value
            )
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        return data

    from_wire = from_dict
