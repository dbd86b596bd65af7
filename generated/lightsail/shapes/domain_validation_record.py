"""DomainValidationRecord: Describes the domain name system (DNS) records that you must add to the DNS of your registered domain to validate ownership for an Amazon Lightsail SSL/TLS certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .certificate_domain_validation_status import CertificateDomainValidationStatus
from .dns_record_creation_state import DnsRecordCreationState
from .resource_record import ResourceRecord


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class DomainValidationRecord(Shape):
    """Describes the domain name system (DNS) records that you must add to the
    DNS of your registered domain to validate ownership for an Amazon
    Lightsail SSL/TLS certificate.
    """

    domain_name: str | None = None
    """The domain name of the certificate validation record. For example,
    ``example.com`` or ``www.example.com``.
    """

    resource_record: ResourceRecord | None = None
    """An object that describes the DNS records to add to your domain's DNS to
    validate it for the certificate.
    """

    dns_record_creation_state: DnsRecordCreationState | None = None
    """An object that describes the state of the canonical name (CNAME) records
    that are automatically added by Lightsail to the DNS of the domain to
    validate domain ownership.
    """

    validation_status: CertificateDomainValidationStatus | str | None = None
    """The validation status of the record."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domain_name": Rule("domainName", "string"),
        "resource_record": Rule("resourceRecord", "ResourceRecord"),
        "dns_record_creation_state": Rule(
            "dnsRecordCreationState", "DnsRecordCreationState"
        ),
        "validation_status": Rule("validationStatus", "string"),
    }

    def __init__(
        self,
        *,
        domain_name: str | None = None,
        resource_record: ResourceRecord | None = None,
        dns_record_creation_state: DnsRecordCreationState | None = None,
        validation_status: CertificateDomainValidationStatus | str | None = None,
    ) -> None:
        self.domain_name = domain_name
        self.resource_record = resource_record
        self.dns_record_creation_state = dns_record_creation_state
        self.validation_status = validation_status

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DomainValidationRecord:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("resourceRecord")) is not None:
            kwargs["resource_record"] = ResourceRecord.from_dict(value)
        if (value := data.get("dnsRecordCreationState")) is not None:
            kwargs["dns_record_creation_state"] = DnsRecordCreationState.from_dict(
                value
            )
        if (value := data.get("validationStatus")) is not None:
            kwargs["validation_status"] = open_enum(
                CertificateDomainValidationStatus, value
            )
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.resource_record is not None:
            data["resourceRecord"] = self.resource_record.to_dict()
        if self.dns_record_creation_state is not None:
            data["dnsRecordCreationState"] = self.dns_record_creation_state.to_dict()
        if self.validation_status is not None:
            data["validationStatus"] = self.validation_status
        return data

    from_wire = from_dict
