"""IsVpcPeeredResult: The result of the ``IsVpcPeered`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class IsVpcPeeredResult(Shape):
    """The result of the ``IsVpcPeered`` operation."""

    is_peered: bool | None = None
    """Returns ``true`` if the Lightsail VPC is peered; otherwise, ``false``."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "is_peered": Rule("isPeered", "boolean"),
    }

    def __init__(self, *, is_peered: bool | None = None) -> None:
        self.is_peered = is_peered

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IsVpcPeeredResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("isPeered")) is not None:
            kwargs["is_peered"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.is_peered is not None:
            data["isPeered"] = self.is_peered
        return data

    from_wire = from_dict
