"""GetInstanceAccessDetailsRequest: The arguments of the ``GetInstanceAccessDetails`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .instance_access_protocol import InstanceAccessProtocol


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetInstanceAccessDetailsRequest(Shape):
    """The arguments of the ``GetInstanceAccessDetails`` operation."""

    instance_name: str
    """The name of the instance to access."""

    protocol: InstanceAccessProtocol | str | None = None
    """The protocol to use to connect to your instance. Defaults to ``ssh``."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "protocol": Rule("protocol", "string"),
    }

    def __init__(
        self,
        *,
        instance_name: str,
        protocol: InstanceAccessProtocol | str | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.protocol = protocol

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetInstanceAccessDetailsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(InstanceAccessProtocol, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
        }
        if self.protocol is not None:
            data["protocol"] = self.protocol
        return data

    to_wire = to_dict
