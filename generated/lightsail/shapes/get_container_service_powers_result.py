"""GetContainerServicePowersResult: The result of the ``GetContainerServicePowers`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container_service_power import ContainerServicePower


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerServicePowersResult(Shape):
    """The result of the ``GetContainerServicePowers`` operation."""

    powers: list[ContainerServicePower] | None = None
    """An array of objects that describe the powers that can be specified for a
    container service.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "powers": Rule("powers", "list", item=Rule("", "ContainerServicePower")),
    }

    def __init__(self, *, powers: list[ContainerServicePower] | None = None) -> None:
        self.powers = powers

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerServicePowersResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("powers")) is not None:
            kwargs["powers"] = [
                None if item is None else ContainerServicePower.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.powers is not None:
            data["powers"] = [shape_to_dict(item) for item in self.powers]
        return data

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> GetContainerServicePowersResult:
        """Build from a response body."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("powers")) is not None:
            kwargs["powers"] = [
                None if item is None else ContainerServicePower.from_wire(item)
                for item in value
            ]
        return cls(**kwargs)
