"""StartInstanceRequest: The arguments of the ``StartInstance`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .instance_attribute_updates import InstanceAttributeUpdates


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StartInstanceRequest(Shape):
    """The arguments of the ``StartInstance`` operation."""

    instance_name: str
    """The name of the instance (a virtual private server) to start."""

    attribute_updates: InstanceAttributeUpdates | None = None
    """An object that describes the attributes to update on the instance before
    it starts.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "attribute_updates": Rule("attributeUpdates", "InstanceAttributeUpdates"),
    }

    def __init__(
        self,
        *,
        instance_name: str,
        attribute_updates: InstanceAttributeUpdates | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.attribute_updates = attribute_updates

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StartInstanceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("attributeUpdates")) is not None:
            kwargs["attribute_updates"] = InstanceAttributeUpdates.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        if self.attribute_updates is not None:
            data["attributeUpdates"] = self.attribute_updates.to_dict()
        return data

    to_wire = to_dict
