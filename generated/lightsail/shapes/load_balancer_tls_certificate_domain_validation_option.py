"""LoadBalancerTlsCertificateDomainValidationOption: Contains information about the domain names on an SSL/TLS certificate that you will use to validate domain ownership."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .load_balancer_tls_certificate_domain_status import (
    LoadBalancerTlsCertificateDomainStatus,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsCertificateDomainValidationOption(Shape):
    """Contains information about the domain names on an SSL/TLS certificate
    that you will use to validate domain ownership.
    """

    domain_name: str | None = None
    """The fully qualified domain name in the certificate request."""

    validation_status: LoadBalancerTlsCertificateDomainStatus | str | None = None
    """The status of the domain validation. Valid values are listed below."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domain_name": Rule("domainName", "string"),
        "validation_status": Rule("validationStatus", "string"),
    }

    def __init__(
        self,
        *,
        domain_name: str | None = None,
        validation_status: LoadBalancerTlsCertificateDomainStatus | str | None = None,
    ) -> None:
        self.domain_name = domain_name
        self.validation_status = validation_status

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> LoadBalancerTlsCertificateDomainValidationOption:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("validationStatus")) is not None:
            kwargs["validation_status"] = open_enum(
                LoadBalancerTlsCertificateDomainStatus, value
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.validation_status is not None:
            data["validationStatus"] = self.validation_status
        return data

    from_wire = from_dict
