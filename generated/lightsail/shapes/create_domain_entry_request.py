"""CreateDomainEntryRequest: The arguments of the ``CreateDomainEntry`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .domain_entry import DomainEntry


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateDomainEntryRequest(Shape):
    """The arguments of the ``CreateDomainEntry`` operation."""

    domain_name: str
    """The domain name (``example.com``) for which you want to create the
    domain entry.
    """

    domain_entry: DomainEntry
    """An array of key-value pairs containing information about the domain
    entry request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domain_name": Rule("domainName", "string", required=True),
        "domain_entry": Rule("domainEntry", "DomainEntry", required=True),
    }

    def __init__(self, *, domain_name: str, domain_entry: DomainEntry) -> None:
        self.domain_name = domain_name
        self.domain_entry = domain_entry

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateDomainEntryRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("domainEntry")) is not None:
            kwargs["domain_entry"] = DomainEntry.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "domainName": self.domain_name,
            "domainEntry": self.domain_entry.to_dict(),
        }
        return data

    to_wire = to_dict
