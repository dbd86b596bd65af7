"""DeleteSubdomainRequest: The arguments of the ``DeleteSubdomain`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteSubdomainRequest(Shape):
    """The arguments of the ``DeleteSubdomain`` operation."""

    subdomain_name: str
    """The subdomain to delete (for example, ``mysite`` or ``blog.mysite``),
    not its web address.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "subdomain_name": Rule("subdomainName", "string", required=True),
    }

    def __init__(self, *, subdomain_name: str) -> None:
        self.subdomain_name = subdomain_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteSubdomainRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "subdomainName": self.subdomain_name,
        }
        return data

    to_wire = to_dict
