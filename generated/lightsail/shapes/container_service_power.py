"""ContainerServicePower: Describes the powers that can be specified for an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import float_from_wire


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServicePower(Shape):
    """Describes the powers that can be specified for an Amazon Lightsail
    container service.

    The power specifies the amount of RAM, the number of vCPUs, and the base
    price of the container service.
    """

    power_id: str | None = None
    """The ID of the power (``nano-1``)."""

    price: float | None = None
    """The monthly price of the power in USD."""

    cpu_count: float | None = None
    """The number of vCPUs included in the power."""

    ram_size_in_gb: float | None = None
    """The amount of RAM (in GB) of the power."""

    name: str | None = None
    """The friendly name of the power (``nano``)."""

    is_active: bool | None = None
    """A Boolean value indicating whether the power is active and can be
    specified for container services.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "power_id": Rule("powerId", "string"),
        "price": Rule("price", "float"),
        "cpu_count": Rule("cpuCount", "float"),
        "ram_size_in_gb": Rule("ramSizeInGb", "float"),
        "name": Rule("name", "string"),
        "is_active": Rule("isActive", "boolean"),
    }

    def __init__(
        self,
        *,
        power_id: str | None = None,
        price: float | None = None,
        cpu_count: float | None = None,
        ram_size_in_gb: float | None = None,
        name: str | None = None,
        is_active: bool | None = None,
    ) -> None:
        self.power_id = power_id
        self.price = price
        self.cpu_count = cpu_count
        self.ram_size_in_gb = ram_size_in_gb
        self.name = name
        self.is_active = is_active

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServicePower:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("powerId")) is not None:
            kwargs["power_id"] = value
        if (value := data.get("price")) is not None:
            kwargs["price"] = value
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = value
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.power_id is not None:
            data["powerId"] = self.power_id
        if self.price is not None:
            data["price"] = self.price
        if self.cpu_count is not None:
            data["cpuCount"] = self.cpu_count
        if self.ram_size_in_gb is not None:
            data["ramSizeInGb"] = self.ram_size_in_gb
        if self.name is not None:
            data["name"] = self.name
        if self.is_active is not None:
            data["isActive"] = self.is_active
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ContainerServicePower:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("powerId")) is not None:
            kwargs["power_id"] = value
        if (value := data.get("price")) is not None:
            kwargs["price"] = float_from_wire(value)
        if (value := data.get("cpuCount")) is not None:
            kwargs["cpu_count"] = float_from_wire(value)
        if (value := data.get("ramSizeInGb")) is not None:
            kwargs["ram_size_in_gb"] = float_from_wire(value)
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("isActive")) is not None:
            kwargs["is_active"] = value
        return cls(**kwargs)
