"""DeleteInstanceRequest: The arguments of the ``DeleteInstance`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteInstanceRequest(Shape):
    """The arguments of the ``DeleteInstance`` operation."""

    instance_name: str
    """The name of the instance to delete."""

    force_delete_add_ons: bool | None = None
    """A Boolean value to indicate whether to delete all add-ons for the
    instance.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "force_delete_add_ons": Rule("forceDeleteAddOns", "boolean"),
    }

    def __init__(
        self, *, instance_name: str, force_delete_add_ons: bool | None = None
    ) -> None:
        self.instance_name = instance_name
        self.force_delete_add_ons = force_delete_add_ons

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteInstanceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("forceDeleteAddOns")) is not None:
            kwargs["force_delete_add_ons"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        if self.force_delete_add_ons is not None:
            data["forceDeleteAddOns"] = self.force_delete_add_ons
        return data

    to_wire = to_dict
