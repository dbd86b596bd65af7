"""EnableAddOnRequest: The arguments of the ``EnableAddOn`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .add_on_request import AddOnRequest


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class EnableAddOnRequest(Shape):
    """The arguments of the ``EnableAddOn`` operation."""

    resource_name: str
    """The name of the source resource for which to enable or modify the
    add-on.
    """

    add_on_request: AddOnRequest
    """An array of strings representing the add-on to enable or modify."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_name": Rule("resourceName", "string", required=True),
        "add_on_request": Rule("addOnRequest", "AddOnRequest", required=True),
    }

    def __init__(self, *, resource_name: str, add_on_request: AddOnRequest) -> None:
        self.resource_name = resource_name
        self.add_on_request = add_on_request

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EnableAddOnRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("addOnRequest")) is not None:
            kwargs["add_on_request"] = AddOnRequest.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceName": self.resource_name,
            "addOnRequest": self.add_on_request.to_dict(),
        }
        return data

    to_wire = to_dict
