"""Certificate: Describes the full details of an Amazon Lightsail SSL/TLS certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .certificate_status import CertificateStatus
from .domain_validation_record import DomainValidationRecord
from .renewal_summary import RenewalSummary
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Certificate(Shape):
    """Describes the full details of an Amazon Lightsail SSL/TLS certificate.

    Note:
        To get a summary of a certificate, use the ``GetCertificates``
        action and omit ``includeCertificateDetails`` from your request. The
        response will include only the certificate Amazon Resource Name
        (ARN), certificate name, domain name, and tags.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the certificate."""

    name: str | None = None
    """The name of the certificate (``my-certificate``)."""

    domain_name: str | None = None
    """The domain name of the certificate."""

    status: CertificateStatus | str | None = None
    """The validation status of the certificate."""

    serial_number: str | None = None
    """The serial number of the certificate."""

    subject_alternative_names: list[str] | None = None
    """An array of strings that specify the alternate domains
    (``example2.com``) and subdomains (``blog.example.com``) of the
    certificate.
    """

    domain_validation_records: list[DomainValidationRecord] | None = None
    """An array of objects that describe the domain validation records of the
    certificate.
    """

    request_failure_reason: str | None = None
    """The validation failure reason, if any, of the certificate.

    The following failure reasons are possible:

    - **``NO_AVAILABLE_CONTACTS``** - This failure applies to email
      validation, which is not available for Lightsail certificates.
    - **``ADDITIONAL_VERIFICATION_REQUIRED``** - Lightsail requires
      additional information to process this certificate request. This can
      happen as a fraud-protection measure, such as when the domain ranks
      within the Alexa top 1000 websites. To provide the required
      information, use the
      [Amazon Web Services Support Center](https://console.aws.amazon.com/support/home)
      to contact Amazon Web Services Support.
      Note:
          You cannot request a certificate for Amazon-owned domain names
          such as those ending in amazonaws.com, cloudfront.net, or
          elasticbeanstalk.com.
    - **``DOMAIN_NOT_ALLOWED``** - One or more of the domain names in the
      certificate request was reported as an unsafe domain by
      [VirusTotal](https://www.virustotal.com/gui/home/url). To correct the
      problem, search for your domain name on the
      [VirusTotal](https://www.virustotal.com/gui/home/url) website. If your
      domain is reported as suspicious, see
      [Google Help for Hacked Websites](https://developers.google.com/web/fundamentals/security/hacked)
      to learn what you can do.
      If you believe that the result is a false positive, notify the
      organization that is reporting the domain. VirusTotal is an aggregate
      of several antivirus and URL scanners and cannot remove your domain
      from a block list itself. After you correct the problem and the
      VirusTotal registry has been updated, request a new certificate.
      If you see this error and your domain is not included in the
      VirusTotal list, visit the
      [Amazon Web Services Support Center](https://console.aws.amazon.com/support/home)
      and create a case.
    - **``INVALID_PUBLIC_DOMAIN``** - One or more of the domain names in the
      certificate request is not valid. Typically, this is because a domain
      name in the request is not a valid top-level domain. Try to request a
      certificate again, correcting any spelling errors or typos that were
      in the failed request, and ensure that all domain names in the request
      are for valid top-level domains. For example, you cannot request a
      certificate for ``example.invalidpublicdomain`` because
      ``invalidpublicdomain`` is not a valid top-level domain.
    - **``OTHER``** - Typically, this failure occurs when there is a
      typographical error in one or more of the domain names in the
      certificate request. Try to request a certificate again, correcting
      any spelling errors or typos that were in the failed request.
    """

    in_use_resource_count: int | None = None
    """The number of Lightsail resources that the certificate is attached to."""

    key_algorithm: str | None = None
    """The algorithm used to generate the key pair (the public and private key)
    of the certificate.
    """

    created_at: datetime | None = None
    """The timestamp when the certificate was created."""

    issued_at: datetime | None = None
    """The timestamp when the certificate was issued."""

    issuer_ca: str | None = None
    """The certificate authority that issued the certificate."""

    not_before: datetime | None = None
    """The timestamp when the certificate is first valid."""

    not_after: datetime | None = None
    """The timestamp when the certificate expires."""

    eligible_to_renew: str | None = None
    """The renewal eligibility of the certificate."""

    renewal_summary: RenewalSummary | None = None
    """An object that describes the status of the certificate renewal managed
    by Lightsail.
    """

    revoked_at: datetime | None = None
    """The timestamp when the certificate was revoked. This value is present
    only when the certificate status is ``REVOKED``.
    """

    revocation_reason: str | None = None
    """The reason the certificate was revoked. This value is present only when
    the certificate status is ``REVOKED``.
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about your Lightsail certificate. This code enables our
    support team to look up your Lightsail information more easily.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "arn": Rule("arn", "string"),
        "name": Rule("name", "string"),
        "domain_name": Rule("domainName", "string"),
        "status": Rule("status", "string"),
        "serial_number": Rule("serialNumber", "string"),
        "subject_alternative_names": Rule(
            "subjectAlternativeNames", "list", item=Rule("", "string")
        ),
        "domain_validation_records": Rule(
            "domainValidationRecords", "list", item=Rule("", "DomainValidationRecord")
        ),
        "request_failure_reason": Rule("requestFailureReason", "string"),
        "in_use_resource_count": Rule("inUseResourceCount", "integer"),
        "key_algorithm": Rule("keyAlgorithm", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "issued_at": Rule("issuedAt", "timestamp"),
        "issuer_ca": Rule("issuerCA", "string"),
        "not_before": Rule("notBefore", "timestamp"),
        "not_after": Rule("notAfter", "timestamp"),
        "eligible_to_renew": Rule("eligibleToRenew", "string"),
        "renewal_summary": Rule("renewalSummary", "RenewalSummary"),
        "revoked_at": Rule("revokedAt", "timestamp"),
        "revocation_reason": Rule("revocationReason", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "support_code": Rule("supportCode", "string"),
    }

    def __init__(
        self,
        *,
        arn: str | None = None,
        name: str | None = None,
        domain_name: str | None = None,
        status: CertificateStatus | str | None = None,
        serial_number: str | None = None,
        subject_alternative_names: list[str] | None = None,
        domain_validation_records: list[DomainValidationRecord] | None = None,
        request_failure_reason: str | None = None,
        in_use_resource_count: int | None = None,
        key_algorithm: str | None = None,
        created_at: datetime | None = None,
        issued_at: datetime | None = None,
        issuer_ca: str | None = None,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        eligible_to_renew: str | None = None,
        renewal_summary: RenewalSummary | None = None,
        revoked_at: datetime | None = None,
        revocation_reason: str | None = None,
        tags: list[Tag] | None = None,
        support_code: str | None = None,
    ) -> None:
        self.arn = arn
        self.name = name
        self.domain_name = domain_name
        self.status = status
        self.serial_number = serial_number
        self.subject_alternative_names = subject_alternative_names
        self.domain_validation_records = domain_validation_records
        self.request_failure_reason = request_failure_reason
        self.in_use_resource_count = in_use_resource_count
        self.key_algorithm = key_algorithm
        self.created_at = created_at
        self.issued_at = issued_at
        self.issuer_ca = issuer_ca
        self.not_before = not_before
        self.not_after = not_after
        self.eligible_to_renew = eligible_to_renew
        self.renewal_summary = renewal_summary
        self.revoked_at = revoked_at
        self.revocation_reason = revocation_reason
        self.tags = tags
        self.support_code = support_code

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Certificate:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(CertificateStatus, value)
        if (value := data.get("serialNumber")) is not None:
            kwargs["serial_number"] = value
        if (value := data.get("subjectAlternativeNames")) is not None:
            kwargs["subject_alternative_names"] = value
        if (value := data.get("domainValidationRecords")) is not None:
            kwargs["domain_validation_records"] = [
                None if item is None else DomainValidationRecord.from_dict(item)
                for item in value
            ]
        if (value := data.get("requestFailureReason")) is not None:
            kwargs["request_failure_reason"] = value
        if (value := data.get("inUseResourceCount")) is not None:
            kwargs["in_use_resource_count"] = value
        if (value := data.get("keyAlgorithm")) is not None:
            kwargs["key_algorithm"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("issuedAt")) is not None:
            kwargs["issued_at"] = parse_timestamp(value)
        if (value := data.get("issuerCA")) is not None:
            kwargs["issuer_ca"] = value
        if (value := data.get("notBefore")) is not None:
            kwargs["not_before"] = parse_timestamp(value)
        if (value := data.get("notAfter")) is not None:
            kwargs["not_after"] = parse_timestamp(value)
        if (value := data.get("eligibleToRenew")) is not None:
            kwargs["eligible_to_renew"] = value
        if (value := data.get("renewalSummary")) is not None:
            kwargs["renewal_summary"] = RenewalSummary.from_dict(value)
        if (value := data.get("revokedAt")) is not None:
            kwargs["revoked_at"] = parse_timestamp(value)
        if (value := data.get("revocationReason")) is not None:
            kwargs["revocation_reason"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.arn is not None:
            data["arn"] = self.arn
        if self.name is not None:
            data["name"] = self.name
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.status is not None:
            data["status"] = self.status
        if self.serial_number is not None:
            data["serialNumber"] = self.serial_number
        if self.subject_alternative_names is not None:
            data["subjectAlternativeNames"] = self.subject_alternative_names
        if self.domain_validation_records is not None:
            data["domainValidationRecords"] = [
                shape_to_dict(item) for item in self.domain_validation_records
            ]
        if self.request_failure_reason is not None:
            data["requestFailureReason"] = self.request_failure_reason
        if self.in_use_resource_count is not None:
            data["inUseResourceCount"] = self.in_use_resource_count
        if self.key_algorithm is not None:
            data["keyAlgorithm"] = self.key_algorithm
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.issued_at is not None:
            data["issuedAt"] = self.issued_at
        if self.issuer_ca is not None:
            data["issuerCA"] = self.issuer_ca
        if self.not_before is not None:
            data["notBefore"] = self.not_before
        if self.not_after is not None:
            data["notAfter"] = self.not_after
        if self.eligible_to_renew is not None:
            data["eligibleToRenew"] = self.eligible_to_renew
        if self.renewal_summary is not None:
            data["renewalSummary"] = self.renewal_summary.to_dict()
        if self.revoked_at is not None:
            data["revokedAt"] = self.revoked_at
        if self.revocation_reason is not None:
            data["revocationReason"] = self.revocation_reason
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        return data

    from_wire = from_dict
