"""RelationalDatabaseEndpoint: Describes an endpoint for a database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseEndpoint(Shape):
    """Describes an endpoint for a database."""

    port: int | None = None
    """Specifies the port that the database is listening on."""

    address: str | None = None
    """Specifies the DNS address of the database."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "port": Rule("port", "integer"),
        "address": Rule("address", "string"),
    }

    def __init__(self, *, port: int | None = None, address: str | None = None) -> None:
        self.port = port
        self.address = address

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseEndpoint:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("port")) is not None:
            kwargs["port"] = value
        if (value := data.get("address")) is not None:
            kwargs["address"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.port is not None:
            data["port"] = self.port
        if self.address is not None:
            data["address"] = self.address
        return data

    from_wire = from_dict
