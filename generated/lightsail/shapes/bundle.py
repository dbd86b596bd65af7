"""Bundle: Describes a bundle, which is a set of specs describing your virtual private server (or *instance*)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire, open_enum
from .app_category import AppCategory
from .instance_platform import InstancePlatform


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Bundle(Shape):
    """Describes a bundle, which is a set of specs describing your virtual
    private server (or *instance*).
    """

    price: float | None = None
    """The price in US dollars (``5.0``) of the bundle."""

    cpu_count: int | None = None
    """The number of vCPUs included in the bundle (``2``)."""

    disk_size_in_gb: int | None = None
    """The size of the SSD (``30``)."""

    bundle_id: str | None = None
    """The bundle ID (``micro_x_x``)."""

    instance_type: str | None = None
    """The instance type (``micro``)."""

    is_active: bool | None = None
    """A Boolean value indicating whether the bundle is active."""

    name: str | None = None
    """A friendly name for the bundle (``Micro``)."""

    power: int | None = None
    """A numeric value that represents the power of the bundle (``500``). You
    can use the bundle's power value in conjunction with a blueprint's
    minimum power value to determine whether the blueprint will run on the
    bundle. For example, you need a bundle with a power value of 500 or more
    to create an instance that uses a blueprint with a minimum power value
    of 500.
    """

    ram_size_in_gb: float | None = None
    """The amount of RAM in GB (``2.0``)."""

    transfer_per_month_in_gb: int | None = None
    """The data transfer rate per month in GB (``2000``)."""

    supported_platforms: list[InstancePlatform | str] | None = None
    """The operating system platform (Linux/Unix-based or Windows Server-based)
    that the bundle supports. You can only launch a ``WINDOWS`` bundle on a
    blueprint that supports the ``WINDOWS`` platform. ``LINUX_UNIX``
    blueprints require a ``LINUX_UNIX`` bundle.
    """

    supported_app_categories: list[AppCategory | str] | None = None
    """Virtual computer blueprints that are supported by a Lightsail for
    Research bundle.

    Important:
        This parameter only applies to Lightsail for Research resources.
    """

    public_ipv4_address_count: int | None = None
    """An integer that indicates the public ipv4 address count included in the
    bundle, the value is either 0 or 1.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "price": Rule("price", "float"),
        "cpu_count": Rule("cpuCount", "integer"),
        "disk_size_in_gb": Rule("diskSizeInGb", "integer"),
        "bundle_id": Rule("bundleId", "string"),
        "instance_type": Rule("instanceType", "string"),
        "is_active": Rule("isActive", "boolean"),
        "name": Rule("name", "string"),
        "power": Rule("power", "integer"),
        "ram_size_in_gb": Rule("ramSizeInGb", "float"),
        "transfer_per_month_in_gb": Rule("transferPerMonthInGb", "integer"),
        "supported_platforms": Rule(
            "supportedPlatforms", "list", item=Rule("", "string")
        ),
        "supported_app_categories": Rule(
            "supportedAppCategories", "list", item=Rule("", "string")
        ),
        "public_ipv4_address_count": Rule("publicIpv4AddressCount", "integer"),
    }

    def __init__(
        self,
        *,
        price: float | None = None,
        cpu_count: int | None = None,
        disk_size_in_gb: int | None = None,
        bundle_id: str | None = None,
        instance_type: str | None = None,
        is_active: bool | None = None,
        name: str | None = None,
        power: int | None = None,
        ram_size_in_gb: float | None = None,
        transfer_per_month_in_gb: int | None = None,
        supported_platforms: list[InstancePlatform | str] | None = None,
        supported_app_categories: list[AppCategory | str] | None = None,
        public_ipv4_address_count: int | None = None,
    ) -> None:
        self.price = price
        self.cpu_count = cpu_count
        self.disk_size_in_gb = disk_size_in_gb
        self.bundle_id = bundle_id
        self.instance_type = instance_type
        self.is_active = is_active
        self.name = name
        self.power = power
        self.ram_size_in_gb = ram_size_in_gb
        self.transfer_per_month_in_gb = transfer_per_month_in_gb
        self.supported_platforms = supported_platforms
        self.supported_app_categories = supported_app_categories
        self.public_ipv4_address_count = public_ipv4_address_count

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bundle:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("price")) is not None:
            kwargs["price"] = value
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("diskSizeInGb")) is not None:
            kwargs["disk_size_in_gb"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("instanceType")) is not None:
            kwargs["instance_type"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("power")) is not None:
            kwargs["power"] = value
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = value
        if (value := data.get("transferPerMonthInGb")) is not None:
            kwargs["transfer_per_month_in_gb"] = value
        if (value := data.get("supportedPlatforms")) is not None:
            kwargs["supported_platforms"] = [
                None if item is None else open_enum(InstancePlatform, item)
                for item in value
            ]
        if (value := data.get("supportedAppCategories")) is not None:
            kwargs["supported_app_categories"] = [
                None if item is None else open_enum(AppCategory, item) for item in value
            ]
        if (value := data.get("publicIpv4AddressCount")) is not None:
            kwargs["public_ipv4_address_count"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.price is not None:
            data["price"] = self.price
        if self.cpu_count is not None:
            data["cpuCount"] = self.cpu_count
        if self.disk_size_in_gb is not None:
            data["diskSizeInGb"] = self.disk_size_in_gb
        if self.bundle_id is not None:
            data["bundleId"] = self.bundle_id
        if self.instance_type is not None:
            data["instanceType"] = self.instance_type
        if self.is_active is not None:
            data["isActive"] = self.is_active
        if self.name is not None:
            data["name"] = self.name
        if self.power is not None:
            data["power"] = self.power
        if self.ram_size_in_gb is not None:
            data["ramSizeInGb"] = self.ram_size_in_gb
        if self.transfer_per_month_in_gb is not None:
            data["transferPerMonthInGb"] = self.transfer_per_month_in_gb
        if self.supported_platforms is not None:
            data["supportedPlatforms"] = self.supported_platforms
        if self.supported_app_categories is not None:
            data["supportedAppCategories"] = self.supported_app_categories
        if self.public_ipv4_address_count is not None:
            data["publicIpv4AddressCount"] = self.public_ipv4_address_count
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Bundle:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("price")) is not None:
            kwargs["price"] = float_from_wire(value)
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("diskSizeInGb")) is not None:
            kwargs["disk_size_in_gb"] = value
        if (value := data.get("bundleId")) is not None:
            kwargs["bundle_id"] = value
        if (value := data.get("instanceType")) is not None:
            kwargs["instance_type"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("power")) is not None:
            kwargs["power"] = value
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = float_from_wire(value)
        if (value := data.get("transferPerMonthInGb")) is not None:
            kwargs["transfer_per_month_in_gb"] = value
        if (value := data.get("supportedPlatforms")) is not None:
            kwargs["supported_platforms"] = [
                None if item is None else open_enum(InstancePlatform, item)
                for item in value
            ]
        if (value := data.get("supportedAppCategories")) is not None:
            kwargs["supported_app_categories"] = [
                None if item is None else open_enum(AppCategory, item) for item in value
            ]
        if (value := data.get("publicIpv4AddressCount")) is not None:
            kwargs["public_ipv4_address_count"] = value
        return cls(**kwargs)
