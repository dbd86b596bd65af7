"""BucketState: Describes the state of an Amazon Lightsail bucket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class BucketState(Shape):
    """Describes the state of an Amazon Lightsail bucket."""

    code: str | None = None
    """The state code of the bucket.

    The following codes are possible:

    - ``OK`` - The bucket is in a running state.
    - ``Unknown`` - Creation of the bucket might have timed-out. You might
      want to delete the bucket and create a new one.
    """

    message: str | None = None
    """A message that describes the state of the bucket."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "code": Rule("code", "string"),
        "message": Rule("message", "string"),
    }

    def __init__(self, *, code: str | None = None, message: str | None = None) -> None:
        self.code = code
        self.message = message

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketState:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = value
        if (value := data.get("message")) is not None:
            kwargs["message"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        return data

    from_wire = from_dict
