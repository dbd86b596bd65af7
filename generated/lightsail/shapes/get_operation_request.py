"""GetOperationRequest: The arguments of the ``GetOperation`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetOperationRequest(Shape):
    """The arguments of the ``GetOperation`` operation."""

    operation_id: str
    """A GUID used to identify the operation."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "operation_id": Rule("operationId", "string", required=True),
    }

    def __init__(self, *, operation_id: str) -> None:
        self.operation_id = operation_id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetOperationRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("operationId")) is not None:
            kwargs["operation_id"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "operationId": self.operation_id,
        }
        return data

    to_wire = to_dict
