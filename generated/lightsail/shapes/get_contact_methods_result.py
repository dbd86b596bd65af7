"""GetContactMethodsResult: The result of the ``GetContactMethods`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .contact_method import ContactMethod


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContactMethodsResult(Shape):
    """The result of the ``GetContactMethods`` operation."""

    contact_methods: list[ContactMethod] | None = None
    """An array of objects that describe the contact methods."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "contact_methods": Rule(
            "contactMethods", "list", item=Rule("", "ContactMethod")
        ),
    }

    def __init__(self, *, contact_methods: list[ContactMethod] | None = None) -> None:
        self.contact_methods = contact_methods

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContactMethodsResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("contactMethods")) is not None:
            kwargs["contact_methods"] = [
                None if item is None else ContactMethod.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.contact_methods is not None:
            data["contactMethods"] = [
                shape_to_dict(item) for item in self.contact_methods
            ]
        return data

    from_wire = from_dict
