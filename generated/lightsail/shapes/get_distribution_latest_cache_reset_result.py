"""GetDistributionLatestCacheResetResult: The result of the ``GetDistributionLatestCacheReset`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDistributionLatestCacheResetResult(Shape):
    """The result of the ``GetDistributionLatestCacheReset`` operation."""

    status: str | None = None
    """The status of the last cache reset."""

    create_time: datetime | None = None
    """The timestamp of the last cache reset (``1479734909.17``) in Unix time
    format.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "status": Rule("status", "string"),
        "create_time": Rule("createTime", "timestamp"),
    }

    def __init__(
        self, *, status: str | None = None, create_time: datetime | None = None
    ) -> None:
        self.status = status
        self.create_time = create_time

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> GetDistributionLatestCacheResetResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("status")) is not None:
            kwargs["status"] = value
        if (value := data.get("createTime")) is not None:
            kwargs["create_time"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.status is not None:
            data["status"] = self.status
        if self.create_time is not None:
            data["createTime"] = self.create_time
        return data

    from_wire = from_dict
