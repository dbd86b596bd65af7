"""StartRelationalDatabaseResult: The result of the ``StartRelationalDatabase`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .operation import Operation


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class StartRelationalDatabaseResult(Shape):
    """The result of the ``StartRelationalDatabase`` operation."""

    operations: list[Operation] | None = None
    """An array of objects that describe the result of the action, such as the
    status of the request, the timestamp of the request, and the resources
    affected by the request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "operations": Rule("operations", "list", item=Rule("", "Operation")),
    }

    def __init__(self, *, operations: list[Operation] | None = None) -> None:
        self.operations = operations

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StartRelationalDatabaseResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("operations")) is not None:
            kwargs["operations"] = [
                None if item is None else Operation.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.operations is not None:
            data["operations"] = [shape_to_dict(item) for item in self.operations]
        return data

    from_wire = from_dict
