"""DisableAddOnRequest: The arguments of the ``DisableAddOn`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .add_on_type import AddOnType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DisableAddOnRequest(Shape):
    """The arguments of the ``DisableAddOn`` operation."""

    add_on_type: AddOnType | str
    """The add-on type to disable."""

    resource_name: str
    """The name of the source resource for which to disable the add-on."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "add_on_type": Rule("addOnType", "string", required=True),
        "resource_name": Rule("resourceName", "string", required=True),
    }

    def __init__(self, *, add_on_type: AddOnType | str, resource_name: str) -> None:
        self.add_on_type = add_on_type
        self.resource_name = resource_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DisableAddOnRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("addOnType")) is not None:
            kwargs["add_on_type"] = open_enum(AddOnType, value)
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "addOnType": self.add_on_type,
            "resourceName": self.resource_name,
        }
        return data

    to_wire = to_dict
