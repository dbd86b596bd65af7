"""GetCostEstimateRequest: The arguments of the ``GetCostEstimate`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp, timestamp_to_epoch


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetCostEstimateRequest(Shape):
    """The arguments of the ``GetCostEstimate`` operation."""

    resource_name: str
    """The resource name."""

    start_time: datetime
    """The cost estimate start time.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you want to use a start time of October 1, 2018, at 8
      PM UTC, specify ``1538424000`` as the start time.

    You can convert a human-friendly time to Unix time format using a
    converter like [Epoch converter](https://www.epochconverter.com/).
    """

    end_time: datetime
    """The cost estimate end time.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you want to use an end time of October 1, 2018, at 9
      PM UTC, specify ``1538427600`` as the end time.

    You can convert a human-friendly time to Unix time format using a
    converter like [Epoch converter](https://www.epochconverter.com/).
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "start_time": Rule("startTime", "timestamp", required=True),
        "end_time": Rule("endTime", "timestamp", required=True),
    }

    def __init__(
        self, *, resource_name: str, start_time: datetime, end_time: datetime
    ) -> None:
        self.resource_name = resource_name
        self.start_time = start_time
        self.end_time = end_time

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetCostEstimateRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "startTime": self.start_time,
            "endTime": self.end_time,
        }
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "startTime": timestamp_to_epoch(self.start_time),
            "endTime": timestamp_to_epoch(self.end_time),
        }
        return data
