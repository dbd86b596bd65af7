"""GetDomainResult: The result of the ``GetDomain`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .domain import Domain


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetDomainResult(Shape):
    """The result of the ``GetDomain`` operation."""

    domain: Domain | None = None
    """An array of key-value pairs containing information about your get domain
    request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domain": Rule("domain", "Domain"),
    }

    def __init__(self, *, domain: Domain | None = None) -> None:
        self.domain = domain

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetDomainResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domain")) is not None:
            kwargs["domain"] = Domain.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.domain is not None:
            data["domain"] = self.domain.to_dict()
        return data

    from_wire = from_dict
