"""InstanceState: Describes the virtual private server (or *instance*) status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceState(Shape):
    """Describes the virtual private server (or *instance*) status."""

    code: int | None = None
    """The status code for the instance."""

    name: str | None = None
    """The state of the instance (``running`` or ``pending``)."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "code": Rule("code", "integer"),
        "name": Rule("name", "string"),
    }

    def __init__(self, *, code: int | None = None, name: str | None = None) -> None:
        self.code = code
        self.name = name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceState:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("code")) is not None:
            kwargs["code"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.name is not None:
            data["name"] = self.name
        return data

    from_wire = from_dict
