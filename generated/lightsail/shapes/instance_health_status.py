"""InstanceHealthStatus: Describes the status of an Amazon Lightsail instance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .instance_health_status_detail import InstanceHealthStatusDetail
from .instance_health_status_value import InstanceHealthStatusValue


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceHealthStatus(Shape):
    """Describes the status of an Amazon Lightsail instance."""

    status: InstanceHealthStatusValue | str | None = None
    """The status.

    The following values are possible:

    - ``ok`` - All checks are passing. The instance is reachable.
    - ``impaired`` - One or more checks have failed.
    - ``initializing`` - The instance was recently started, and the checks
      are in progress.
    - ``insufficient-data`` - There isn't enough data yet to determine the
      result.
    - ``not-applicable`` - The check doesn't apply because the instance
      isn't running.
    """

    details: list[InstanceHealthStatusDetail] | None = None
    """The system instance health or instance health."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "status": Rule("status", "string"),
        "details": Rule("details", "list", item=Rule("", "InstanceHealthStatusDetail")),
    }

    def __init__(
        self,
        *,
        status: InstanceHealthStatusValue | str | None = None,
        details: list[InstanceHealthStatusDetail] | None = None,
    ) -> None:
        self.status = status
        self.details = details

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceHealthStatus:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(InstanceHealthStatusValue, value)
        if (value := data.get("details")) is not None:
            kwargs["details"] = [
                None if item is None else InstanceHealthStatusDetail.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.status is not None:
            data["status"] = self.status
        if self.details is not None:
            data["details"] = [shape_to_dict(item) for item in self.details]
        return data

    from_wire = from_dict
