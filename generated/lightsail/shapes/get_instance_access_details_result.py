"""GetInstanceAccessDetailsResult: The result of the ``GetInstanceAccessDetails`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .instance_access_details import InstanceAccessDetails


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceAccessDetailsResult(Shape):
    """The result of the ``GetInstanceAccessDetails`` operation."""

    access_details: InstanceAccessDetails | None = None
    """An array of key-value pairs containing information about a get instance
    access request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "access_details": Rule("accessDetails", "InstanceAccessDetails"),
    }

    def __init__(self, *, access_details: InstanceAccessDetails | None = None) -> None:
        self.access_details = access_details

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceAccessDetailsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("accessDetails")) is not None:
            kwargs["access_details"] = InstanceAccessDetails.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.access_details is not None:
            data["accessDetails"] = self.access_details.to_dict()
        return data

    from_wire = from_dict
