"""GetContainerLogRequest: The arguments of the ``GetContainerLog`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp, timestamp_to_epoch


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerLogRequest(Shape):
    """The arguments of the ``GetContainerLog`` operation."""

    service_name: str
    """The name of the container service for which to get a container log."""

    container_name: str
    """The name of the container that is either running or previously ran on
    the container service for which to return a log.
    """

    start_time: datetime | None = None
    """The start of the time interval for which to get log data.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use a start time of October 1, 2018, at 8
      PM UTC, specify ``1538424000`` as the start time.

    You can convert a human-friendly time to Unix time format using a
    converter like [Epoch converter](https://www.epochconverter.com/).
    """

    end_time: datetime | None = None
    """The end of the time interval for which to get log data.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use an end time of October 1, 2018, at 9
      PM UTC, specify ``1538427600`` as the end time.

    You can convert a human-friendly time to Unix time format using a
    converter like [Epoch converter](https://www.epochconverter.com/).
    """

    filter_pattern: str | None = None
    """The pattern to use to filter the returned log events to a specific term.

    The following are a few examples of filter patterns that you can
    specify:

    - To return all log events, specify a filter pattern of ``""``.
    - To exclude log events that contain the ``ERROR`` term, and return all
      other log events, specify a filter pattern of ``"-ERROR"``.
    - To return log events that contain the ``ERROR`` term, specify a filter
      pattern of ``"ERROR"``.
    - To return log events that contain both the ``ERROR`` and ``Exception``
      terms, specify a filter pattern of ``"ERROR Exception"``.
    - To return log events that contain the ``ERROR`` *or* the ``Exception``
      term, specify a filter pattern of ``"?ERROR ?Exception"``.
    """

    page_token: str | None = None
    """The token to advance to the next page of results from your request.

    To get a page token, perform an initial ``GetContainerLog`` request. If
    your results are paginated, the response will return a next page token
    that you can specify as the page token in a subsequent request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
        "container_name": Rule("containerName", "string", required=True),
        "start_time": Rule("startTime", "timestamp"),
        "end_time": Rule("endTime", "timestamp"),
        "filter_pattern": Rule("filterPattern", "string"),
        "page_token": Rule("pageToken", "string"),
    }

    def __init__(
        self,
        *,
        service_name: str,
        container_name: str,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        filter_pattern: str | None = None,
        page_token: str | None = None,
    ) -> None:
        self.service_name = service_name
        self.container_name = container_name
        self.start_time = start_time
        self.end_time = end_time
        self.filter_pattern = filter_pattern
        self.page_token = page_token

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerLogRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("containerName")) is not None:
            kwargs["container_name"] = value
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        if (value := data.get("filterPattern")) is not None:
            kwargs["filter_pattern"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "containerName": self.container_name,
        }
        if self.start_time is not None:
            data["startTime"] = self.start_time
        if self.end_time is not None:
            data["endTime"] = self.end_time
        if self.filter_pattern is not None:
            data["filterPattern"] = self.filter_pattern
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "containerName": self.container_name,
        }
        if self.start_time is not None:
            data["startTime"] = timestamp_to_epoch(self.start_time)
        if self.end_time is not None:
            data["endTime"] = timestamp_to_epoch(self.end_time)
        if self.filter_pattern is not None:
            data["filterPattern"] = self.filter_pattern
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data
