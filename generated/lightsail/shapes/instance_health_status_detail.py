"""InstanceHealthStatusDetail: Describes the instance status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp
from .instance_health_status_detail_name import InstanceHealthStatusDetailName
from .instance_health_status_detail_value import InstanceHealthStatusDetailValue


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InstanceHealthStatusDetail(Shape):
    """Describes the instance status."""

    name: InstanceHealthStatusDetailName | str | None = None
    """The type of instance status. The only possible value is
    ``reachability``.
    """

    status: InstanceHealthStatusDetailValue | str | None = None
    """The status.

    The following values are possible:

    - ``passed`` - The check passed.
    - ``failed`` - The check failed.
    - ``initializing`` - The check is in progress.
    - ``insufficient-data`` - There isn't enough data yet to determine the
      result.
    """

    impaired_since: datetime | None = None
    """The time when a status check failed. For an instance that was launched
    and impaired, this is the time when the instance was launched.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "status": Rule("status", "string"),
        "impaired_since": Rule("impairedSince", "timestamp"),
    }

    def __init__(
        self,
        *,
        name: InstanceHealthStatusDetailName | str | None = None,
        status: InstanceHealthStatusDetailValue | str | None = None,
        impaired_since: datetime | None = None,
    ) -> None:
        self.name = name
        self.status = status
        self.impaired_since = impaired_since

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InstanceHealthStatusDetail:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = open_enum(InstanceHealthStatusDetailName, value)
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(InstanceHealthStatusDetailValue, value)
        if (value := data.get("impairedSince")) is not None:
            kwargs["impaired_since"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.status is not None:
            data["status"] = self.status
        if self.impaired_since is not None:
            data["impairedSince"] = self.impaired_since
        return data

    from_wire = from_dict
