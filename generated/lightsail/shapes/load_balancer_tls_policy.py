"""LoadBalancerTlsPolicy: Describes the TLS security policies that are available for Lightsail load balancers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsPolicy(Shape):
    """Describes the TLS security policies that are available for Lightsail
    load balancers.

    For more information about load balancer TLS security policies, see
    [Configuring TLS security policies on your Amazon Lightsail load balancers](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configure-load-balancer-tls-security-policy)
    in the *Amazon Lightsail Developer Guide*.
    """

    name: str | None = None
    """The name of the TLS security policy."""

    is_default: bool | None = None
    """A Boolean value that indicates whether the TLS security policy is the
    default.
    """

    description: str | None = None
    """The description of the TLS security policy."""

    protocols: list[str] | None = None
    """The protocols used in a given TLS security policy."""

    ciphers: list[str] | None = None
    """The ciphers used by the TLS security policy.

    The ciphers are listed in order of preference.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "is_default": Rule("isDefault", "boolean"),
        "description": Rule("description", "string"),
        "protocols": Rule("protocols", "list", item=Rule("", "string")),
        "ciphers": Rule("ciphers", "list", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        is_default: bool | None = None,
        description: str | None = None,
        protocols: list[str] | None = None,
        ciphers: list[str] | None = None,
    ) -> None:
        self.name = name
        self.is_default = is_default
        self.description = description
        self.protocols = protocols
        self.ciphers = ciphers

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoadBalancerTlsPolicy:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("isDefault")) is not None:
            kwargs["is_default"] = value
        if (value := data.get("description")) is not None:
            kwargs["description"] = value
        if (value := data.get("protocols")) is not None:
            kwargs["protocols"] = value
        if (value := data.get("ciphers")) is not None:
            kwargs["ciphers"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.is_default is not None:
            data["isDefault"] = self.is_default
        if self.description is not None:
            data["description"] = self.description
        if self.protocols is not None:
            data["protocols"] = self.protocols
        if self.ciphers is not None:
            data["ciphers"] = self.ciphers
        return data

    from_wire = from_dict
