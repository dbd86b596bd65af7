"""GetLoadBalancerTlsCertificatesResult: The result of the ``GetLoadBalancerTlsCertificates`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .load_balancer_tls_certificate import LoadBalancerTlsCertificate


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class GetLoadBalancerTlsCertificatesResult(Shape):
    """The result of the ``GetLoadBalancerTlsCertificates`` operation."""

    tls_certificates: list[LoadBalancerTlsCertificate] | None = None
    """An array of LoadBalancerTlsCertificate objects describing your SSL/TLS
    certificates.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "tls_certificates": Rule(
            "tlsCertificates", "list", item=Rule("", "LoadBalancerTlsCertificate")
        ),
    }

    def __init__(
        self, *, tls_certificates: list[LoadBalancerTlsCertificate] | None = None
    ) -> None:
        self.tls_certificates = tls_certificates

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetLoadBalancerTlsCertificatesResult:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("tlsCertificates")) is not None:
            kwargs["tls_certificates"] = [
                None if item is None else LoadBalancerTlsCertificate.from_dict(item)
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.tls_certificates is not None:
            data["tlsCertificates"] = [
                shape_to_dict(item) for item in self.tls_certificates
            ]
        return data

    from_wire = from_dict
