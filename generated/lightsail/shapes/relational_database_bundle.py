"""RelationalDatabaseBundle: Describes a database bundle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RelationalDatabaseBundle(Shape):
    """Describes a database bundle. A bundle describes the performance
    specifications of the database.
    """

    bundle_id: str | None = None
    """The ID for the database bundle."""

    name: str | None = None
    """The name for the database bundle."""

    price: float | None = None
    """The cost of the database bundle in US currency."""

    ram_size_in_gb: float | None = None
    """The amount of RAM in GB (for example, ``2.0``) for the database bundle."""

    disk_size_in_gb: int | None = None
    """The size of the disk for the database bundle."""

    transfer_per_month_in_gb: int | None = None
    """The data transfer rate per month in GB for the database bundle."""

    cpu_count: int | None = None
    """The number of virtual CPUs (vCPUs) for the database bundle."""

    is_encrypted: bool | None = None
    """A Boolean value indicating whether the database bundle is encrypted."""

    is_active: bool | None = None
    """A Boolean value indicating whether the database bundle is active."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "bundle_id": Rule("bundleId", "string"),
        "name": Rule("name", "string"),
        "price": Rule("price", "float"),
        "ram_size_in_gb": Rule("ramSizeInGb", "float"),
        "disk_size_in_gb": Rule("diskSizeInGb", "integer"),
        "transfer_per_month_in_gb": Rule("transferPerMonthInGb", "integer"),
        "cpu_count": Rule("cpuCount", "integer"),
        "is_encrypted": Rule("isEncrypted", "boolean"),
        "is_active": Rule("isActive", "boolean"),
    }

    def __init__(
        self,
        *,
        bundle_id: str | None = None,
        name: str | None = None,
        price: float | None = None,
        ram_size_in_gb: float | None = None,
        disk_size_in_gb: int | None = None,
        transfer_per_month_in_gb: int | None = None,
        cpu_count: int | None = None,
        is_encrypted: bool | None = None,
        is_active: bool | None = None,
    ) -> None:
        self.bundle_id = bundle_id
        self.name = name
        self.price = price
        self.ram_size_in_gb = ram_size_in_gb
        self.disk_size_in_gb = disk_size_in_gb
        self.transfer_per_month_in_gb = transfer_per_month_in_gb
        self.cpu_count = cpu_count
        self.is_encrypted = is_encrypted
        self.is_active = is_active

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationalDatabaseBundle:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("price")) is not None:
            kwargs["price"] = value
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = value
        if (value := data.get("diskSizeInGb")) is not None:
            kwargs["disk_size_in_gb"] = value
        if (value := data.get("transferPerMonthInGb")) is not None:
            kwargs["transfer_per_month_in_gb"] = value
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("isEncrypted")) is not None:
            kwargs["is_encrypted"] = value
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
        if self.ram_size_in_gb is not None:
            data["ramSizeInGb"] = self.ram_size_in_gb
        if self.disk_size_in_gb is not None:
            data["diskSizeInGb"] = self.disk_size_in_gb
        if self.transfer_per_month_in_gb is not None:
            data["transferPerMonthInGb"] = self.transfer_per_month_in_gb
        if self.cpu_count is not None:
            data["cpuCount"] = self.cpu_count
        if self.is_encrypted is not None:
            data["isEncrypted"] = self.is_encrypted
        if self.is_active is not None:
            data["isActive"] = self.is_active
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> RelationalDatabaseBundle:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("price")) is not None:
            kwargs["price"] = float_from_wire(value)
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = float_from_wire(value)
        if (value := data.get("diskSizeInGb")) is not None:
            kwargs["disk_size_in_gb"] = value
        if (value := data.get("transferPerMonthInGb")) is not None:
            kwargs["transfer_per_month_in_gb"] = value
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("isEncrypted")) is not None:
            kwargs["is_encrypted"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        return cls(**kwargs)
