"""GetCloudFormationStackRecordsResult: The result of the ``GetCloudFormationStackRecords`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .cloud_formation_stack_record import CloudFormationStackRecord


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetCloudFormationStackRecordsResult(Shape):
    """The result of the ``GetCloudFormationStackRecords`` operation."""

    cloud_formation_stack_records: list[CloudFormationStackRecord] | None = None
    """A list of objects describing the CloudFormation stack records."""

    next_page_token: str | None = None
    """The token to advance to the next page of results from your request.

    A next page token is not returned if there are no more results to
    display.

    To get the next page of results, perform another
    ``GetCloudFormationStackRecords`` request and specify the next page
    token using the ``pageToken`` parameter.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "cloud_formation_stack_records": Rule(
            "cloudFormationStackRecords",
            "list",
            item=Rule("", "CloudFormationStackRecord"),
        ),
        "next_page_token": Rule("nextPageToken", "string"),
    }

    def __init__(
        self,
        *,
        cloud_formation_stack_records: list[CloudFormationStackRecord] | None = None,
        next_page_token: str | None = None,
    ) -> None:
        self.cloud_formation_stack_records = cloud_formation_stack_records
        self.next_page_token = next_page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetCloudFormationStackRecordsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("cloudFormationStackRecords")) is not None:
            kwargs["cloud_formation_stack_records"] = [
                None if item is None else CloudFormationStackRecord.from_dict(item)
                for item in value
            ]
        if (value := data.get("nextPageToken")) is not None:
            kwargs["next_page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.cloud_formation_stack_records is not None:
            data["cloudFormationStackRecords"] = [
                shape_to_dict(item) for item in self.cloud_formation_stack_records
            ]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        return data

    from_wire = from_dict
