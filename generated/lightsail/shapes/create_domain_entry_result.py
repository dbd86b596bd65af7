"""CreateDomainEntryResult: The result of the ``CreateDomainEntry`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .operation import Operation


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateDomainEntryResult(Shape):
    """The result of the ``CreateDomainEntry`` operation."""

    operation: Operation | None = None
    """An array of objects that describe the result of the action, such as the
    status of the request, the timestamp of the request, and the resources
    affected by the request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "operation": Rule("operation", "Operation"),
    }

    def __init__(self, *, operation: Operation | None = None) -> None:
        self.operation = operation

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDomainEntryResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("operation")) is not None:
            kwargs["operation"] = Operation.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.operation is not None:
            data["operation"] = self.operation.to_dict()
        return data

    from_wire = from_dict
