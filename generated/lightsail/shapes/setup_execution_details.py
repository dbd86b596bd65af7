"""SetupExecutionDetails: Returns details about the commands that were run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .setup_status import SetupStatus


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetupExecutionDetails(Shape):
    """Returns details about the commands that were run."""

    command: str | None = None
    """The command that was executed."""

    date_time: datetime | None = None
    """The timestamp for when the request was run."""

    name: str | None = None
    """The name of the target resource."""

    status: SetupStatus | str | None = None
    """The status of the ``SetupInstanceHttps`` request."""

    standard_error: str | None = None
    """The text written by the command to stderr."""

    standard_output: str | None = None
    """The text written by the command to stdout."""

    version: str | None = None
    """The current version of the script.."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "command": Rule("command", "string"),
        "date_time": Rule("dateTime", "timestamp"),
        "name": Rule("name", "string"),
        "status": Rule("status", "string"),
        "standard_error": Rule("standardError", "string"),
        "standard_output": Rule("standardOutput", "string"),
        "version": Rule("version", "string"),
    }

    def __init__(
        self,
        *,
        command: str | None = None,
        date_time: datetime | None = None,
        name: str | None = None,
        status: SetupStatus | str | None = None,
        standard_error: str | None = None,
        standard_output: str | None = None,
        version: str | None = None,
    ) -> None:
        self.command = command
        self.date_time = date_time
        self.name = name
        self.status = status
        self.standard_error = standard_error
        self.standard_output = standard_output
        self.version = version

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetupExecutionDetails:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("command")) is not None:
            kwargs["command"] = value
        if (value := data.get("dateTime")) is not None:
            kwargs["date_time"] = parse_timestamp(value)
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(SetupStatus, value)
        if (value := data.get("standardError")) is not None:
            kwargs["standard_error"] = value
        if (value := data.get("standardOutput")) is not None:
            kwargs["standard_output"] = value
        if (value := data.get("version")) is not None:
            kwargs["version"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.command is not None:
            data["command"] = self.command
        if self.date_time is not None:
            data["dateTime"] = self.date_time
        if self.name is not None:
            data["name"] = self.name
        if self.status is not None:
            data["status"] = self.status
        if self.standard_error is not None:
            data["standardError"] = self.standard_error
        if self.standard_output is not None:
            data["standardOutput"] = self.standard_output
        if self.version is not None:
            data["version"] = self.version
        return data

    from_wire = from_dict
