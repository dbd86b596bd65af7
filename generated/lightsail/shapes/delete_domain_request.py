"""DeleteDomainRequest: The arguments of the ``DeleteDomain`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteDomainRequest(Shape):
    """The arguments of the ``DeleteDomain`` operation."""

    domain_name: str
    """The specific domain name to delete."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domain_name": Rule("domainName", "string", required=True),
    }

    def __init__(self, *, domain_name: str) -> None:
        self.domain_name = domain_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteDomainRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "domainName": self.domain_name,
        }
        return data

    to_wire = to_dict
