"""CreateContainerServiceRegistryLoginResult: The result of the ``CreateContainerServiceRegistryLogin`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .container_service_registry_login import ContainerServiceRegistryLogin


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateContainerServiceRegistryLoginResult(Shape):
    """The result of the ``CreateContainerServiceRegistryLogin`` operation."""

    registry_login: ContainerServiceRegistryLogin | None = None
    """An object that describes the log in information for the container
    service registry of your Lightsail account.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "registry_login": Rule("registryLogin", "ContainerServiceRegistryLogin"),
    }

    def __init__(
        self, *, registry_login: ContainerServiceRegistryLogin | None = None
    ) -> None:
        self.registry_login = registry_login

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> CreateContainerServiceRegistryLoginResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("registryLogin")) is not None:
            kwargs["registry_login"] = ContainerServiceRegistryLogin.from_dict(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.registry_login is not None:
            data["registryLogin"] = self.registry_login.to_dict()
        return data

    from_wire = from_dict
