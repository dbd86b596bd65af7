"""StopInstanceRequest: The arguments of the ``StopInstance`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StopInstanceRequest(Shape):
    """The arguments of the ``StopInstance`` operation."""

    instance_name: str
    """The name of the instance (a virtual private server) to stop."""

    force: bool | None = None
    """When set to ``True``, forces a Lightsail instance that is stuck in a
    ``stopping`` state to stop.

    Important:
        Only use the ``force`` parameter if your instance is stuck in the
        ``stopping`` state. In any other state, your instance should stop
        normally without adding this parameter to your API request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "force": Rule("force", "boolean"),
    }

    def __init__(self, *, instance_name: str, force: bool | None = None) -> None:
        self.instance_name = instance_name
        self.force = force

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StopInstanceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("force")) is not None:
            kwargs["force"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        if self.force is not None:
            data["force"] = self.force
        return data

    to_wire = to_dict
