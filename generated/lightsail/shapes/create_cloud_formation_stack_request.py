"""CreateCloudFormationStackRequest: The arguments of the ``CreateCloudFormationStack`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .instance_entry import InstanceEntry


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateCloudFormationStackRequest(Shape):
    """The arguments of the ``CreateCloudFormationStack`` operation."""

    instances: list[InstanceEntry]
    """An array of parameters that will be used to create the new Amazon EC2
    instance. You can only pass one instance entry at a time in this array.
    You will get an invalid parameter error if you pass more than one
    instance entry in this array.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instances": Rule(
            "instances", "list", required=True, item=Rule("", "InstanceEntry")
        ),
    }

    def __init__(self, *, instances: list[InstanceEntry]) -> None:
        self.instances = instances

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateCloudFormationStackRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instances")) is not None:
            kwargs["instances"] = [
                None if item is None else InstanceEntry.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instances": [shape_to_dict(item) for item in self.instances],
        }
        return data

    to_wire = to_dict
