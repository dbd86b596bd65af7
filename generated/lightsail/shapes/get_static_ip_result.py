"""GetStaticIpResult: The result of the ``GetStaticIp`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .static_ip import StaticIp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetStaticIpResult(Shape):
    """The result of the ``GetStaticIp`` operation."""

    static_ip: StaticIp | None = None
    """An array of key-value pairs containing information about the requested
    static IP.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "static_ip": Rule("staticIp", "StaticIp"),
    }

    def __init__(self, *, static_ip: StaticIp | None = None) -> None:
        self.static_ip = static_ip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetStaticIpResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("staticIp")) is not None:
            kwargs["static_ip"] = StaticIp.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.static_ip is not None:
            data["staticIp"] = self.static_ip.to_dict()
        return data

    from_wire = from_dict
