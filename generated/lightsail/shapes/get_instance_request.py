"""GetInstanceRequest: The arguments of the ``GetInstance`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceRequest(Shape):
    """The arguments of the ``GetInstance`` operation."""

    instance_name: str
    """The name of the instance."""

    include_health_status: bool | None = None
    """Specifies whether to include the instance health status checks in the
    response of your request.

    When set to ``true``, the response includes the ``instanceStatus`` and
    ``systemStatus`` of the instance. When omitted or set to ``false``, the
    response doesn't include them.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "include_health_status": Rule("includeHealthStatus", "boolean"),
    }

    def __init__(
        self, *, instance_name: str, include_health_status: bool | None = None
    ) -> None:
        self.instance_name = instance_name
        self.include_health_status = include_health_status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("includeHealthStatus")) is not None:
            kwargs["include_health_status"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        if self.include_health_status is not None:
            data["includeHealthStatus"] = self.include_health_status
        return data

    to_wire = to_dict
