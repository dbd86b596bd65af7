"""ResetDistributionCacheResult: The result of the ``ResetDistributionCache`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp
from .operation import Operation


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ResetDistributionCacheResult(Shape):
    """The result of the ``ResetDistributionCache`` operation."""

    status: str | None = None
    """The status of the reset cache request."""

    create_time: datetime | None = None
    """The timestamp of the reset cache request (``1479734909.17``) in Unix
    time format.
    """

    operation: Operation | None = None
    """An array of objects that describe the result of the action, such as the
    status of the request, the timestamp of the request, and the resources
    affected by the request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "status": Rule("status", "string"),
        "create_time": Rule("createTime", "timestamp"),
        "operation": Rule("operation", "Operation"),
    }

    def __init__(
        self,
        *,
        status: str | None = None,
        create_time: datetime | None = None,
        operation: Operation | None = None,
    ) -> None:
        self.status = status
        self.create_time = create_time
        self.operation = operation

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResetDistributionCacheResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("status")) is not None:
            kwargs["status"] = value
        if (value := data.get("createTime")) is not None:
            kwargs["create_time"] = parse_timestamp(value)
        if (value := data.get("operation")) is not None:
            kwargs["operation"] = Operation.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.status is not None:
            data["status"] = self.status
        if self.create_time is not None:
            data["createTime"] = self.create_time
        if self.operation is not None:
            data["operation"] = self.operation.to_dict()
        return data

    from_wire = from_dict
