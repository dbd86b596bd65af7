"""StopInstanceOnIdleRequest: Describes a request to create or edit the ``StopInstanceOnIdle`` add-on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StopInstanceOnIdleRequest(Shape):
    """Describes a request to create or edit the ``StopInstanceOnIdle`` add-on.

    Important:
        This add-on only applies to Lightsail for Research resources.
    """

    threshold: str | None = None
    """The value to compare with the duration."""

    duration: str | None = None
    """The amount of idle time in minutes after which your virtual computer
    will automatically stop.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "threshold": Rule("threshold", "string"),
        "duration": Rule("duration", "string"),
    }

    def __init__(
        self, *, threshold: str | None = None, duration: str | None = None
    ) -> None:
        self.threshold = threshold
        self.duration = duration

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StopInstanceOnIdleRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("threshold")) is not None:
            kwargs["threshold"] = value
        if (value := data.get("duration")) is not None:
            kwargs["duration"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.threshold is not None:
            data["threshold"] = self.threshold
        if self.duration is not None:
            data["duration"] = self.duration
        return data

    to_wire = to_dict


StopInstanceOnIdleRequestDict = TypedDict(
    "StopInstanceOnIdleRequestDict",
    {
        "threshold": "str",
        "duration": "str",
    },
    total=False,
)
"""The dict client methods accept for `StopInstanceOnIdleRequest`, keys as in the model."""
