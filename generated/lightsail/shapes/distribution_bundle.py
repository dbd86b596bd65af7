"""DistributionBundle: Describes the specifications of a distribution bundle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DistributionBundle(Shape):
    """Describes the specifications of a distribution bundle."""

    bundle_id: str | None = None
    """The ID of the bundle."""

    name: str | None = None
    """The name of the distribution bundle."""

    price: float | None = None
    """The monthly price, in US dollars, of the bundle."""

    transfer_per_month_in_gb: int | None = None
    """The monthly network transfer quota of the bundle."""

    is_active: bool | None = None
    """Indicates whether the bundle is active, and can be specified for a new
    or existing distribution.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bundle_id": Rule("bundleId", "string"),
        "name": Rule("name", "string"),
        "price": Rule("price", "float"),
        "transfer_per_month_in_gb": Rule("transferPerMonthInGb", "integer"),
        "is_active": Rule("isActive", "boolean"),
    }

    def __init__(
        self,
        *,
        bundle_id: str | None = None,
        name: str | None = None,
        price: float | None = None,
        transfer_per_month_in_gb: int | None = None,
        is_active: bool | None = None,
    ) -> None:
        self.bundle_id = bundle_id
        self.name = name
        self.price = price
        self.transfer_per_month_in_gb = transfer_per_month_in_gb
        self.is_active = is_active

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DistributionBundle:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("price")) is not None:
            kwargs["price"] = value
        if (value := data.get("transferPerMonthInGb")) is not None:
            kwargs["transfer_per_month_in_gb"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        if self.name is not None:
            data["name"] = self.name
        if self.price is not None:
            data["price"] = self.price
        if self.transfer_per_month_in_gb is not None:
            data["transferPerMonthInGb"] = self.transfer_per_month_in_gb
        if self.is_active is not None:
            data["isActive"] = self.is_active
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> DistributionBundle:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("price")) is not None:
            kwargs["price"] = float_from_wire(value)
        if (value := data.get("transferPerMonthInGb")) is not None:
            kwargs["transfer_per_month_in_gb"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        return cls(**kwargs)
