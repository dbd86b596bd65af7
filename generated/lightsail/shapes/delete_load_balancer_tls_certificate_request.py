"""DeleteLoadBalancerTlsCertificateRequest: The arguments of the ``DeleteLoadBalancerTlsCertificate`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DeleteLoadBalancerTlsCertificateRequest(Shape):
    """The arguments of the ``DeleteLoadBalancerTlsCertificate`` operation."""

    load_balancer_name: str
    """The load balancer name."""

    certificate_name: str
    """The SSL/TLS certificate name."""

    force: bool | None = None
    """When ``true``, forces the deletion of an SSL/TLS certificate.

    There can be two certificates associated with a Lightsail load balancer:
    the primary and the backup. The ``force`` parameter is required when the
    primary SSL/TLS certificate is in use by an instance attached to the
    load balancer.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer_name": Rule("loadBalancerName", "string", required=True),
        "certificate_name": Rule("certificateName", "string", required=True),
        "force": Rule("force", "boolean"),
    }

    def __init__(
        self,
        *,
        load_balancer_name: str,
        certificate_name: str,
        force: bool | None = None,
    ) -> None:
        self.load_balancer_name = load_balancer_name
        self.certificate_name = certificate_name
        self.force = force

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> DeleteLoadBalancerTlsCertificateRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("force")) is not None:
            kwargs["force"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "loadBalancerName": self.load_balancer_name,
            "certificateName": self.certificate_name,
        }
        if self.force is not None:
            data["force"] = self.force
        return data

    to_wire = to_dict
