"""CheckSubdomainAvailabilityResult: The result of the ``CheckSubdomainAvailability`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CheckSubdomainAvailabilityResult(Shape):
    """The result of the ``CheckSubdomainAvailability`` operation."""

    available: bool | None = None
    """A Boolean value that indicates whether the subdomain is available to
    create.
    """

    reservation_expires_at: datetime | None = None
    """The timestamp when the reservation of the subdomain expires.

    The expiry is returned only when your account holds an active
    reservation for the subdomain.
    """

    subdomain_name: str | None = None
    """The subdomain that was checked."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "available": Rule("available", "boolean"),
        "reservation_expires_at": Rule("reservationExpiresAt", "timestamp"),
        "subdomain_name": Rule("subdomainName", "string"),
    }

    def __init__(
        self,
        *,
        available: bool | None = None,
        reservation_expires_at: datetime | None = None,
        subdomain_name: str | None = None,
    ) -> None:
        self.available = available
        self.reservation_expires_at = reservation_expires_at
        self.subdomain_name = subdomain_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckSubdomainAvailabilityResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("available")) is not None:
            kwargs["available"] = value
        if (value := data.get("reservationExpiresAt")) is not None:
            kwargs["reservation_expires_at"] = parse_timestamp(value)
        if (value := data.get("subdomainName")) is not None:
            kwargs["subdomain_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.available is not None:
            data["available"] = self.available
        if self.reservation_expires_at is not None:
            data["reservationExpiresAt"] = self.reservation_expires_at
        if self.subdomain_name is not None:
            data["subdomainName"] = self.subdomain_name
        return data

    from_wire = from_dict
