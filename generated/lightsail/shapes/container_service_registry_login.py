"""ContainerServiceRegistryLogin: Describes the sign-in credentials for the container image registry of an Amazon Lightsail account."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import parse_timestamp


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class ContainerServiceRegistryLogin(Shape):
    """Describes the sign-in credentials for the container image registry of an
    Amazon Lightsail account.
    """

    username: str | None = None
    """The container service registry username to use to push container images
    to the container image registry of a Lightsail account.
    """

    password: str | None = field(default=None, metadata={"sensitive": True})
    """The container service registry password to use to push container images
    to the container image registry of a Lightsail account
    """

    expires_at: datetime | None = None
    """The timestamp of when the container image registry sign-in credentials
    expire.

    The log in credentials expire 12 hours after they are created, at which
    point you will need to create a new set of log in credentials using the
    ``CreateContainerServiceRegistryLogin`` action.
    """

    registry: str | None = None
    """The address to use to push container images to the container image
    registry of a Lightsail account.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "username": Rule("username", "string"),
        "password": Rule("password", "string"),
        "expires_at": Rule("expiresAt", "timestamp"),
        "registry": Rule("registry", "string"),
    }

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        expires_at: datetime | None = None,
        registry: str | None = None,
    ) -> None:
        self.username = username
        self.password = password
        self.expires_at = expires_at
        self.registry = registry

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerServiceRegistryLogin:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("username")) is not None:
            kwargs["username"] = value
        if (value := data.get("password")) is not None:
            kwargs["password"] = value
        if (value := data.get("expiresAt")) is not None:
            kwargs["expires_at"] = parse_timestamp(value)
        if (value := data.get("registry")) is not None:
            kwargs["registry"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.username is not None:
            data["username"] = self.username
        if self.password is not None:
            data["password"] = self.password
        if self.expires_at is not None:
            data["expiresAt"] = self.expires_at
        if self.registry is not None:
            data["registry"] = self.registry
        return data

    from_wire = from_dict
