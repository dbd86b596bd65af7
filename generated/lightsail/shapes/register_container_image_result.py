"""RegisterContainerImageResult: The result of the ``RegisterContainerImage`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .container_image import ContainerImage


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RegisterContainerImageResult(Shape):
    """The result of the ``RegisterContainerImage`` operation."""

    container_image: ContainerImage | None = None
    """An object that describes a container image that is registered to a
    Lightsail container service
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "container_image": Rule("containerImage", "ContainerImage"),
    }

    def __init__(self, *, container_image: ContainerImage | None = None) -> None:
        self.container_image = container_image

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisterContainerImageResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("containerImage")) is not None:
            kwargs["container_image"] = ContainerImage.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.container_image is not None:
            data["containerImage"] = self.container_image.to_dict()
        return data

    from_wire = from_dict
