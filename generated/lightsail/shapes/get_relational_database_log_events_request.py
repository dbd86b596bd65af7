"""GetRelationalDatabaseLogEventsRequest: The arguments of the ``GetRelationalDatabaseLogEvents`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp, timestamp_to_epoch


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetRelationalDatabaseLogEventsRequest(Shape):
    """The arguments of the ``GetRelationalDatabaseLogEvents`` operation."""

    relational_database_name: str
    """The name of your database for which to get log events."""

    log_stream_name: str
    """The name of the log stream.

    Use the ``get relational database log streams`` operation to get a list
    of available log streams.
    """

    start_time: datetime | None = None
    """The start of the time interval from which to get log events.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use a start time of October 1, 2018, at 8
      PM UTC, then you input ``1538424000`` as the start time.
    """

    end_time: datetime | None = None
    """The end of the time interval from which to get log events.

    Constraints:

    - Specified in Coordinated Universal Time (UTC).
    - Specified in the Unix time format.
      For example, if you wish to use an end time of October 1, 2018, at 8
      PM UTC, then you input ``1538424000`` as the end time.
    """

    start_from_head: bool | None = None
    """Parameter to specify if the log should start from head or tail. If
    ``true`` is specified, the log event starts from the head of the log. If
    ``false`` is specified, the log event starts from the tail of the log.

    Note:
        For PostgreSQL, the default value of ``false`` is the only option
        available.
    """

    page_token: str | None = None
    """The token to advance to the next or previous page of results from your
    request.

    To get a page token, perform an initial
    ``GetRelationalDatabaseLogEvents`` request. If your results are
    paginated, the response will return a next forward token and/or next
    backward token that you can specify as the page token in a subsequent
    request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "relational_database_name": Rule(
            "relationalDatabaseName", "string", required=True
        ),
        "log_stream_name": Rule("logStreamName", "string", required=True),
        "start_time": Rule("startTime", "timestamp"),
        "end_time": Rule("endTime", "timestamp"),
        "start_from_head": Rule("startFromHead", "boolean"),
        "page_token": Rule("pageToken", "string"),
    }

    def __init__(
        self,
        *,
        relational_database_name: str,
        log_stream_name: str,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        start_from_head: bool | None = None,
        page_token: str | None = None,
    ) -> None:
        self.relational_database_name = relational_database_name
        self.log_stream_name = log_stream_name
        self.start_time = start_time
        self.end_time = end_time
        self.start_from_head = start_from_head
        self.page_token = page_token

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetRelationalDatabaseLogEventsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("relationalDatabaseName")) is not None:
            kwargs["relational_database_name"] = value
        if (value := data.get("logStreamName")) is not None:
            kwargs["log_stream_name"] = value
        if (value := data.get("startTime")) is not None:
            kwargs["start_time"] = parse_timestamp(value)
        if (value := data.get("endTime")) is not None:
            kwargs["end_time"] = parse_timestamp(value)
        if (value := data.get("startFromHead")) is not None:
            kwargs["start_from_head"] = value
        if (value := data.get("pageToken")) is not None:
            kwargs["page_token"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "logStreamName": self.log_stream_name,
        }
        if self.start_time is not None:
            data["startTime"] = self.start_time
        if self.end_time is not None:
            data["endTime"] = self.end_time
        if self.start_from_head is not None:
            data["startFromHead"] = self.start_from_head
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data

    def to_wire(self) -> dict[str, Any]:
        """The request body for this shape."""
        data: dict[str, Any] = {
            "relationalDatabaseName": self.relational_database_name,
            "logStreamName": self.log_stream_name,
        }
        if self.start_time is not None:
            data["startTime"] = timestamp_to_epoch(self.start_time)
        if self.end_time is not None:
            data["endTime"] = timestamp_to_epoch(self.end_time)
        if self.start_from_head is not None:
            data["startFromHead"] = self.start_from_head
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        return data
