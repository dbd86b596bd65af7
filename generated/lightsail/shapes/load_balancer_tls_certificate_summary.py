"""LoadBalancerTlsCertificateSummary: Provides a summary of SSL/TLS certificate metadata."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsCertificateSummary(Shape):
    """Provides a summary of SSL/TLS certificate metadata."""

    name: str | None = None
    """The name of the SSL/TLS certificate."""

    is_attached: bool | None = None
    """When ``true``, the SSL/TLS certificate is attached to the Lightsail load
    balancer.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "is_attached": Rule("isAttached", "boolean"),
    }

    def __init__(
        self, *, name: str | None = None, is_attached: bool | None = None
    ) -> None:
        self.name = name
        self.is_attached = is_attached

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoadBalancerTlsCertificateSummary:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("isAttached")) is not None:
            kwargs["is_attached"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.is_attached is not None:
            data["isAttached"] = self.is_attached
        return data

    from_wire = from_dict
