"""GetInstanceResult: The result of the ``GetInstance`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .instance import Instance


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceResult(Shape):
    """The result of the ``GetInstance`` operation."""

    instance: Instance | None = None
    """An array of key-value pairs containing information about the specified
    instance.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance": Rule("instance", "Instance"),
    }

    def __init__(self, *, instance: Instance | None = None) -> None:
        self.instance = instance

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instance")) is not None:
            kwargs["instance"] = Instance.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.instance is not None:
            data["instance"] = self.instance.to_dict()
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetInstanceResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instance")) is not None:
            kwargs["instance"] = Instance.from_wire(value)
        return cls(**kwargs)
