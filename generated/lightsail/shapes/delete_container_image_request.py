"""DeleteContainerImageRequest: The arguments of the ``DeleteContainerImage`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteContainerImageRequest(Shape):
    """The arguments of the ``DeleteContainerImage`` operation."""

    service_name: str
    """The name of the container service for which to delete a registered
    container image.
    """

    image: str
    """The name of the container image to delete from the container service.

    Use the ``GetContainerImages`` action to get the name of the container
    images that are registered to a container service.

    Note:
        Container images sourced from your Lightsail container service, that
        are registered and stored on your service, start with a colon
        (``:``). For example, ``:container-service-1.mystaticwebsite.1``.
        Container images sourced from a public registry like Docker Hub
        don't start with a colon. For example, ``nginx:latest`` or
        ``nginx``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "service_name": Rule("serviceName", "string", required=True, min=1),
        "image": Rule("image", "string", required=True),
    }

    def __init__(self, *, service_name: str, image: str) -> None:
        self.service_name = service_name
        self.image = image

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteContainerImageRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("serviceName")) is not None:
            kwargs["service_name"] = value
        if (value := data.get("image")) is not None:
            kwargs["image"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "serviceName": self.service_name,
            "image": self.image,
        }
        return data

    to_wire = to_dict
