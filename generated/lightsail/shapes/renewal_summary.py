"""RenewalSummary: Describes the status of a SSL/TLS certificate renewal managed by Amazon Lightsail."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .domain_validation_record import DomainValidationRecord
from .renewal_status import RenewalStatus


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class RenewalSummary(Shape):
    """Describes the status of a SSL/TLS certificate renewal managed by Amazon
    Lightsail.
    """

    domain_validation_records: list[DomainValidationRecord] | None = None
    """An array of objects that describe the domain validation records of the
    certificate.
    """

    renewal_status: RenewalStatus | str | None = None
    """The renewal status of the certificate.

    The following renewal status are possible:

    - **``PendingAutoRenewal``** - Lightsail is attempting to automatically
      validate the domain names of the certificate. No further action is
      required.
    - **``PendingValidation``** - Lightsail couldn't automatically validate
      one or more domain names of the certificate. You must take action to
      validate these domain names or the certificate won't be renewed. Check
      to make sure your certificate's domain validation records exist in
      your domain's DNS, and that your certificate remains in use.
    - **``Success``** - All domain names in the certificate are validated,
      and Lightsail renewed the certificate. No further action is required.
    - **``Failed``** - One or more domain names were not validated before
      the certificate expired, and Lightsail did not renew the certificate.
      You can request a new certificate using the ``CreateCertificate``
      action.
    """

    renewal_status_reason: str | None = None
    """The reason for the renewal status of the certificate."""

    updated_at: datetime | None = None
    """The timestamp when the certificate was last updated."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "domain_validation_records": Rule(
            "domainValidationRecords", "list", item=Rule("", "DomainValidationRecord")
        ),
        "renewal_status": Rule("renewalStatus", "string"),
        "renewal_status_reason": Rule("renewalStatusReason", "string"),
        "updated_at": Rule("updatedAt", "timestamp"),
    }

    def __init__(
        self,
        *,
        domain_validation_records: list[DomainValidationRecord] | None = None,
        renewal_status: RenewalStatus | str | None = None,
        renewal_status_reason: str | None = None,
        updated_at: datetime | None = None,
    ) -> None:
        self.domain_validation_records = domain_validation_records
        self.renewal_status = renewal_status
        self.renewal_status_reason = renewal_status_reason
        self.updated_at = updated_at

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RenewalSummary:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("domainValidationRecords")) is not None:
            kwargs["domain_validation_records"] = [
                None if item is None else DomainValidationRecord.from_dict(item)
                for item in value
            ]
        if (value := data.get("renewalStatus")) is not None:
            kwargs["renewal_status"] = open_enum(RenewalStatus, value)
        if (value := data.get("renewalStatusReason")) is not None:
            kwargs["renewal_status_reason"] = value
        if (value := data.get("updatedAt")) is not None:
            kwargs["updated_at"] = parse_timestamp(value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.domain_validation_records is not None:
            data["domainValidationRecords"] = [
                shape_to_dict(item) for item in self.domain_validation_records
            ]
        if self.renewal_status is not None:
            data["renewalStatus"] = self.renewal_status
        if self.renewal_status_reason is not None:
            data["renewalStatusReason"] = self.renewal_status_reason
        if self.updated_at is not None:
            data["updatedAt"] = self.updated_at
        return data

    from_wire = from_dict
