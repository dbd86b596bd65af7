"""GetContainerImagesResult: The result of the ``GetContainerImages`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .container_image import ContainerImage


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetContainerImagesResult(Shape):
    """The result of the ``GetContainerImages`` operation."""

    container_images: list[ContainerImage] | None = None
    """An array of objects that describe container images that are registered
    to the container service.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "container_images": Rule(
            "containerImages", "list", item=Rule("", "ContainerImage")
        ),
    }

    def __init__(self, *, container_images: list[ContainerImage] | None = None) -> None:
        self.container_images = container_images

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetContainerImagesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("containerImages")) is not None:
            kwargs["container_images"] = [
                None if item is None else ContainerImage.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.container_images is not None:
            data["containerImages"] = [
                shape_to_dict(item) for item in self.container_images
            ]
        return data

    from_wire = from_dict
