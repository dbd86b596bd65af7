"""TimePeriod: Sets the start date and end date for retrieving a cost estimate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class TimePeriod(Shape):
    """Sets the start date and end date for retrieving a cost estimate. The
    start date is inclusive, but the end date is exclusive. For example, if
    ``start`` is ``2017-01-01`` and ``end`` is ``2017-05-01``, then the cost
    and usage data is retrieved from ``2017-01-01`` up to and including
    ``2017-04-30`` but not including ``2017-05-01``.
    """

    start: datetime | None = None
    """The beginning of the time period. The start date is inclusive. For
    example, if ``start`` is ``2017-01-01``, Lightsail for Research
    retrieves cost and usage data starting at ``2017-01-01`` up to the end
    date. The start date must be equal to or no later than the current date
    to avoid a validation error.
    """

    end: datetime | None = None
    """The end of the time period. The end date is exclusive. For example, if
    ``end`` is ``2017-05-01``, Lightsail for Research retrieves cost and
    usage data from the start date up to, but not including, ``2017-05-01``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "start": Rule("start", "timestamp"),
        "end": Rule("end", "timestamp"),
    }

    def __init__(
        self, *, start: datetime | None = None, end: datetime | None = None
    ) -> None:
        self.start = start
        self.end = end

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimePeriod:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("start")) is not None:
            kwargs["start"] = parse_timestamp(value)
        if (value := data.get("end")) is not None:
            kwargs["end"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.start is not None:
            data["start"] = self.start
        if self.end is not None:
            data["end"] = self.end
        return data

    from_wire = from_dict
