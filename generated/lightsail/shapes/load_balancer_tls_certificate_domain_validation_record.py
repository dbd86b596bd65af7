"""LoadBalancerTlsCertificateDomainValidationRecord: Describes the validation record of each domain name in the SSL/TLS certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .load_balancer_tls_certificate_dns_record_creation_state import (
    LoadBalancerTlsCertificateDnsRecordCreationState,
)
from .load_balancer_tls_certificate_domain_status import (
    LoadBalancerTlsCertificateDomainStatus,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsCertificateDomainValidationRecord(Shape):
    """Describes the validation record of each domain name in the SSL/TLS
    certificate.
    """

    name: str | None = None
    """A fully qualified domain name in the certificate. For example,
    ``example.com``.
    """

    type: str | None = None
    """The type of validation record. For example, ``CNAME`` for domain
    validation.
    """

    value: str | None = None
    """The value for that type."""

    validation_status: LoadBalancerTlsCertificateDomainStatus | str | None = None
    """The validation status. Valid values are listed below."""

    domain_name: str | None = None
    """The domain name against which your SSL/TLS certificate was validated."""

    dns_record_creation_state: (
        LoadBalancerTlsCertificateDnsRecordCreationState | None
    ) = None
    """An object that describes the state of the canonical name (CNAME) records
    that are automatically added by Lightsail to the DNS of a domain to
    validate domain ownership.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "type": Rule("type", "string"),
        "value": Rule("value", "string"),
        "validation_status": Rule("validationStatus", "string"),
        "domain_name": Rule("domainName", "string"),
        "dns_record_creation_state": Rule(
            "dnsRecordCreationState", "LoadBalancerTlsCertificateDnsRecordCreationState"
        ),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        type: str | None = None,
        value: str | None = None,
        validation_status: LoadBalancerTlsCertificateDomainStatus | str | None = None,
        domain_name: str | None = None,
        dns_record_creation_state: (
            LoadBalancerTlsCertificateDnsRecordCreationState | None
        ) = None,
    ) -> None:
        self.name = name
        self.type = type
        self.value = value
        self.validation_status = validation_status
        self.domain_name = domain_name
        self.dns_record_creation_state = dns_record_creation_state

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> LoadBalancerTlsCertificateDomainValidationRecord:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("type")) is not None:
            kwargs["type"] = value
        if (value := data.get("value")) is not None:
            kwargs["value"] = value
        if (value := data.get("validationStatus")) is not None:
            kwargs["validation_status"] = open_enum(
                LoadBalancerTlsCertificateDomainStatus, value
            )
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("dnsRecordCreationState")) is not None:
            kwargs["dns_record_creation_state"] = (
                LoadBalancerTlsCertificateDnsRecordCreationState.from_dict(value)
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = self.type
        if self.value is not None:
            data["value"] = self.value
        if self.validation_status is not None:
            data["validationStatus"] = self.validation_status
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.dns_record_creation_state is not None:
            data["dnsRecordCreationState"] = self.dns_record_creation_state.to_dict()
        return data

    from_wire = from_dict
