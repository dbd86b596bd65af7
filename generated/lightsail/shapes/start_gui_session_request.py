"""StartGUISessionRequest: The arguments of the ``StartGUISession`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StartGUISessionRequest(Shape):
    """The arguments of the ``StartGUISession`` operation."""

    resource_name: str
    """The resource name."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
    }

    def __init__(self, *, resource_name: str) -> None:
        self.resource_name = resource_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StartGUISessionRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
        }
        return data

    to_wire = to_dict
