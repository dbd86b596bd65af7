"""ResourceRecord: Describes the domain name system (DNS) records to add to your domain's DNS to validate it for an Amazon Lightsail certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ResourceRecord(Shape):
    """Describes the domain name system (DNS) records to add to your domain's
    DNS to validate it for an Amazon Lightsail certificate.
    """

    name: str | None = None
    """The name of the record."""

    type: str | None = None
    """The DNS record type."""

    value: str | None = None
    """The value for the DNS record."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "type": Rule("type", "string"),
        "value": Rule("value", "string"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        type: str | None = None,
        value: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.value = value

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResourceRecord:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("type")) is not None:
            kwargs["type"] = value
        if (value := data.get("value")) is not None:
            kwargs["value"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = self.type
        if self.value is not None:
            data["value"] = self.value
        return data

    from_wire = from_dict
