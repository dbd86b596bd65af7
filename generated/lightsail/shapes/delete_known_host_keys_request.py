"""DeleteKnownHostKeysRequest: The arguments of the ``DeleteKnownHostKeys`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteKnownHostKeysRequest(Shape):
    """The arguments of the ``DeleteKnownHostKeys`` operation."""

    instance_name: str
    """The name of the instance for which you want to reset the host key or
    certificate.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
    }

    def __init__(self, *, instance_name: str) -> None:
        self.instance_name = instance_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteKnownHostKeysRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        return data

    to_wire = to_dict
