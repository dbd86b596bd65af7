"""CreateSubdomainRequest: The arguments of the ``CreateSubdomain`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateSubdomainRequest(Shape):
    """The arguments of the ``CreateSubdomain`` operation."""

    subdomain_name: str
    """The subdomain to create (for example, ``mysite`` or ``blog.mysite``).

    A subdomain can contain one or two labels separated by a period (``.``).
    Each label must start and end with a lowercase letter or a number, and
    can contain only lowercase letters, numbers, and hyphens (``-``). The
    name can be up to 39 characters long, including periods. Labels that
    start with ``xn--`` aren't supported, and some names are reserved.

    Specify only the subdomain. A web address, such as
    ``mysite.amazonlightsail.com``, isn't accepted.

    To create a nested subdomain, you must own the top-level subdomain or be
    able to create it.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the subdomain during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "subdomain_name": Rule("subdomainName", "string", required=True),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(self, *, subdomain_name: str, tags: list[Tag] | None = None) -> None:
        self.subdomain_name = subdomain_name
        self.tags = tags

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSubdomainRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "subdomainName": self.subdomain_name,
        }
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
