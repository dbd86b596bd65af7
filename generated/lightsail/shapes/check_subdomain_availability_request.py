"""CheckSubdomainAvailabilityRequest: The arguments of the ``CheckSubdomainAvailability`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CheckSubdomainAvailabilityRequest(Shape):
    """The arguments of the ``CheckSubdomainAvailability`` operation."""

    subdomain_name: str
    """The subdomain to check (for example, ``mysite`` or ``blog.mysite``).

    A subdomain can contain one or two labels separated by a period (``.``).
    Each label must start and end with a lowercase letter or a number, and
    can contain only lowercase letters, numbers, and hyphens (``-``). The
    name can be up to 39 characters long, including periods. Labels that
    start with ``xn--`` aren't supported, and some names are reserved.

    Specify only the subdomain. A web address, such as
    ``mysite.amazonlightsail.com``, isn't accepted.
    """

    reserve: bool | None = None
    """Specifies whether to reserve the subdomain for your account if it's
    available. A reservation holds the subdomain for 15 minutes so that
    other accounts can't create it. Checking the subdomain again doesn't
    extend the reservation.

    For a nested subdomain, such as ``blog.mysite``, the top-level subdomain
    (``mysite``) is reserved.

    You can have up to 5 active reservations at a time.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "subdomain_name": Rule("subdomainName", "string", required=True),
        "reserve": Rule("reserve", "boolean"),
    }

    def __init__(self, *, subdomain_name: str, reserve: bool | None = None) -> None:
        self.subdomain_name = subdomain_name
        self.reserve = reserve

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckSubdomainAvailabilityRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        if (value := data.get("reserve")) is not None:
            kwargs["reserve"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "subdomainName": self.subdomain_name,
        }
        if self.reserve is not None:
            data["reserve"] = self.reserve
        return data

    to_wire = to_dict
