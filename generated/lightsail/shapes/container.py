"""Container: Describes the settings of a container that will be launched, or that is launched, to an Amazon Lightsail container service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .container_service_protocol import ContainerServiceProtocol


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Container(Shape):
    """Describes the settings of a container that will be launched, or that is
    launched, to an Amazon Lightsail container service.
    """

    image: str | None = None
    """The name of the image used for the container.

    Container images sourced from your Lightsail container service, that are
    registered and stored on your service, start with a colon (``:``). For
    example, if your container service name is ``container-service-1``, the
    container image label is ``mystaticsite``, and you want to use the third
    (``3``) version of the registered container image, then you should
    specify ``:container-service-1.mystaticsite.3``. To use the latest
    version of a container image, specify ``latest`` instead of a version
    number (for example, ``:container-service-1.mystaticsite.latest``).
    Lightsail will automatically use the highest numbered version of the
    registered container image.

    Container images sourced from a public registry like Docker Hub don't
    start with a colon. For example, ``nginx:latest`` or ``nginx``.
    """

    command: list[str] | None = None
    """The launch command for the container."""

    environment: dict[str, str] | None = None
    """The environment variables of the container."""

    ports: dict[str, ContainerServiceProtocol | str] | None = None
    """The open firewall ports of the container."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "image": Rule("image", "string"),
        "command": Rule("command", "list", item=Rule("", "string")),
        "environment": Rule("environment", "map", item=Rule("", "string")),
        "ports": Rule("ports", "map", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        image: str | None = None,
        command: list[str] | None = None,
        environment: dict[str, str] | None = None,
        ports: dict[str, ContainerServiceProtocol | str] | None = None,
    ) -> None:
        self.image = image
        self.command = command
        self.environment = environment
        self.ports = ports

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Container:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("image")) is not None:
            kwargs["image"] = value
        if (value := data.get("command")) is not None:
            kwargs["command"] = value
        if (value := data.get("environment")) is not None:
            kwargs["environment"] = value
        if (value := data.get("ports")) is not None:
            kwargs["ports"] = {
                key: None if item is None else open_enum(ContainerServiceProtocol, item)
                for key, item in value.items()
            }
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.image is not None:
            data["image"] = self.image
        if self.command is not None:
            data["command"] = self.command
        if self.environment is not None:
            data["environment"] = self.environment
        if self.ports is not None:
            data["ports"] = self.ports
        return data

    from_wire = from_dict
    to_wire = to_dict


ContainerDict = TypedDict(
    "ContainerDict",
    {
        "image": "str",
        "command": "list[str]",
        "environment": "dict[str, str]",
        "ports": "dict[str, ContainerServiceProtocol | str]",
    },
    total=False,
)
"""The dict client methods accept for `Container`, keys as in the model."""
