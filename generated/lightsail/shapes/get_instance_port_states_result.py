"""GetInstancePortStatesResult: The result of the ``GetInstancePortStates`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .instance_port_state import InstancePortState


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstancePortStatesResult(Shape):
    """The result of the ``GetInstancePortStates`` operation."""

    port_states: list[InstancePortState] | None = None
    """An array of objects that describe the firewall port states for the
    specified instance.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "port_states": Rule("portStates", "list", item=Rule("", "InstancePortState")),
    }

    def __init__(self, *, port_states: list[InstancePortState] | None = None) -> None:
        self.port_states = port_states

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstancePortStatesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("portStates")) is not None:
            kwargs["port_states"] = [
                None if item is None else InstancePortState.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.port_states is not None:
            data["portStates"] = [shape_to_dict(item) for item in self.port_states]
        return data

    from_wire = from_dict
