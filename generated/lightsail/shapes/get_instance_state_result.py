"""GetInstanceStateResult: The result of the ``GetInstanceState`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .instance_state import InstanceState


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceStateResult(Shape):
    """The result of the ``GetInstanceState`` operation."""

    state: InstanceState | None = None
    """The state of the instance."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "state": Rule("state", "InstanceState"),
    }

    def __init__(self, *, state: InstanceState | None = None) -> None:
        self.state = state

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceStateResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("state")) is not None:
            kwargs["state"] = InstanceState.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.state is not None:
            data["state"] = self.state.to_dict()
        return data

    from_wire = from_dict
