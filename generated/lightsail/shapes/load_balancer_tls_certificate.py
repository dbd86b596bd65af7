"""LoadBalancerTlsCertificate: Describes a load balancer SSL/TLS certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .load_balancer_tls_certificate_domain_validation_record import (
    LoadBalancerTlsCertificateDomainValidationRecord,
)
from .load_balancer_tls_certificate_failure_reason import (
    LoadBalancerTlsCertificateFailureReason,
)
from .load_balancer_tls_certificate_renewal_summary import (
    LoadBalancerTlsCertificateRenewalSummary,
)
from .load_balancer_tls_certificate_revocation_reason import (
    LoadBalancerTlsCertificateRevocationReason,
)
from .load_balancer_tls_certificate_status import LoadBalancerTlsCertificateStatus
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsCertificate(Shape):
    """Describes a load balancer SSL/TLS certificate.

    TLS is just an updated, more secure version of Secure Socket Layer
    (SSL).
    """

    name: str | None = None
    """The name of the SSL/TLS certificate (``my-certificate``)."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the SSL/TLS certificate."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about your Lightsail load balancer or SSL/TLS
    certificate. This code enables our support team to look up your
    Lightsail information more easily.
    """

    created_at: datetime | None = None
    """The time when you created your SSL/TLS certificate."""

    location: ResourceLocation | None = None
    """The Amazon Web Services Region and Availability Zone where you created
    your certificate.
    """

    resource_type: ResourceType | str | None = None
    """The resource type (``LoadBalancerTlsCertificate``).

    - **``Instance``** - A Lightsail instance (a virtual private server)
    - **``StaticIp``** - A static IP address
    - **``KeyPair``** - The key pair used to connect to a Lightsail instance
    - **``InstanceSnapshot``** - A Lightsail instance snapshot
    - **``Domain``** - A DNS zone
    - **``PeeredVpc``** - A peered VPC
    - **``LoadBalancer``** - A Lightsail load balancer
    - **``LoadBalancerTlsCertificate``** - An SSL/TLS certificate associated
      with a Lightsail load balancer
    - **``Disk``** - A Lightsail block storage disk
    - **``DiskSnapshot``** - A block storage disk snapshot
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    load_balancer_name: str | None = None
    """The load balancer name where your SSL/TLS certificate is attached."""

    is_attached: bool | None = None
    """When ``true``, the SSL/TLS certificate is attached to the Lightsail load
    balancer.
    """

    status: LoadBalancerTlsCertificateStatus | str | None = None
    """The validation status of the SSL/TLS certificate. Valid values are
    below.
    """

    domain_name: str | None = None
    """The domain name for your SSL/TLS certificate."""

    domain_validation_records: (
        list[LoadBalancerTlsCertificateDomainValidationRecord] | None
    ) = None
    """An array of LoadBalancerTlsCertificateDomainValidationRecord objects
    describing the records.
    """

    failure_reason: LoadBalancerTlsCertificateFailureReason | str | None = None
    """The validation failure reason, if any, of the certificate.

    The following failure reasons are possible:

    - **``NO_AVAILABLE_CONTACTS``** - This failure applies to email
      validation, which is not available for Lightsail certificates.
    - **``ADDITIONAL_VERIFICATION_REQUIRED``** - Lightsail requires
      additional information to process this certificate request. This can
      happen as a fraud-protection measure, such as when the domain ranks
      within the Alexa top 1000 websites. To provide the required
      information, use the
      [AWS Support Center](https://console.aws.amazon.com/support/home) to
      contact AWS Support.
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
      [AWS Support Center](https://console.aws.amazon.com/support/home) and
      create a case.
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

    issued_at: datetime | None = None
    """The time when the SSL/TLS certificate was issued."""

    issuer: str | None = None
    """The issuer of the certificate."""

    key_algorithm: str | None = None
    """The algorithm used to generate the key pair (the public and private
    key).
    """

    not_after: datetime | None = None
    """The timestamp when the SSL/TLS certificate expires."""

    not_before: datetime | None = None
    """The timestamp when the SSL/TLS certificate is first valid."""

    renewal_summary: LoadBalancerTlsCertificateRenewalSummary | None = None
    """An object that describes the status of the certificate renewal managed
    by Lightsail.
    """

    revocation_reason: LoadBalancerTlsCertificateRevocationReason | str | None = None
    """The reason the certificate was revoked. This value is present only when
    the certificate status is ``REVOKED``.
    """

    revoked_at: datetime | None = None
    """The timestamp when the certificate was revoked. This value is present
    only when the certificate status is ``REVOKED``.
    """

    serial: str | None = None
    """The serial number of the certificate."""

    signature_algorithm: str | None = None
    """The algorithm that was used to sign the certificate."""

    subject: str | None = None
    """The name of the entity that is associated with the public key contained
    in the certificate.
    """

    subject_alternative_names: list[str] | None = None
    """An array of strings that specify the alternate domains
    (``example2.com``) and subdomains (``blog.example.com``) for the
    certificate.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "load_balancer_name": Rule("loadBalancerName", "string"),
        "is_attached": Rule("isAttached", "boolean"),
        "status": Rule("status", "string"),
        "domain_name": Rule("domainName", "string"),
        "domain_validation_records": Rule(
            "domainValidationRecords",
            "list",
            item=Rule("", "LoadBalancerTlsCertificateDomainValidationRecord"),
        ),
        "failure_reason": Rule("failureReason", "string"),
        "issued_at": Rule("issuedAt", "timestamp"),
        "issuer": Rule("issuer", "string"),
        "key_algorithm": Rule("keyAlgorithm", "string"),
        "not_after": Rule("notAfter", "timestamp"),
        "not_before": Rule("notBefore", "timestamp"),
        "renewal_summary": Rule(
            "renewalSummary", "LoadBalancerTlsCertificateRenewalSummary"
        ),
        "revocation_reason": Rule("revocationReason", "string"),
        "revoked_at": Rule("revokedAt", "timestamp"),
        "serial": Rule("serial", "string"),
        "signature_algorithm": Rule("signatureAlgorithm", "string"),
        "subject": Rule("subject", "string"),
        "subject_alternative_names": Rule(
            "subjectAlternativeNames", "list", item=Rule("", "string")
        ),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        arn: str | None = None,
        support_code: str | None = None,
        created_at: datetime | None = None,
        location: ResourceLocation | None = None,
        resource_type: ResourceType | str | None = None,
        tags: list[Tag] | None = None,
        load_balancer_name: str | None = None,
        is_attached: bool | None = None,
        status: LoadBalancerTlsCertificateStatus | str | None = None,
        domain_name: str | None = None,
        domain_validation_records: (
            list[LoadBalancerTlsCertificateDomainValidationRecord] | None
        ) = None,
        failure_reason: LoadBalancerTlsCertificateFailureReason | str | None = None,
        issued_at: datetime | None = None,
        issuer: str | None = None,
        key_algorithm: str | None = None,
        not_after: datetime | None = None,
        not_before: datetime | None = None,
        renewal_summary: LoadBalancerTlsCertificateRenewalSummary | None = None,
        revocation_reason: (
            LoadBalancerTlsCertificateRevocationReason | str | None
        ) = None,
        revoked_at: datetime | None = None,
        serial: str | None = None,
        signature_algorithm: str | None = None,
        subject: str | None = None,
        subject_alternative_names: list[str] | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.load_balancer_name = load_balancer_name
        self.is_attached = is_attached
        self.status = status
        self.domain_name = domain_name
        self.domain_validation_records = domain_validation_records
        self.failure_reason = failure_reason
        self.issued_at = issued_at
        self.issuer = issuer
        self.key_algorithm = key_algorithm
        self.not_after = not_after
        self.not_before = not_before
        self.renewal_summary = renewal_summary
        self.revocation_reason = revocation_reason
        self.revoked_at = revoked_at
        self.serial = serial
        self.signature_algorithm = signature_algorithm
        self.subject = subject
        self.subject_alternative_names = subject_alternative_names

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoadBalancerTlsCertificate:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("arn")) is not None:
            kwargs["arn"] = value
        if (value := data.get("supportCode")) is not None:
            kwargs["support_code"] = value
        if (value := data.get("createdAt")) is not None:
            kwargs["created_at"] = parse_timestamp(value)
        if (value := data.get("location")) is not None:
            kwargs["location"] = ResourceLocation.from_dict(value)
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        if (value := data.get("isAttached")) is not None:
            kwargs["is_attached"] = value
        if (value := data.get("status")) is not None:
            kwargs["status"] = open_enum(LoadBalancerTlsCertificateStatus, value)
        if (value := data.get("domainName")) is not None:
            kwargs["domain_name"] = value
        if (value := data.get("domainValidationRecords")) is not None:
            kwargs["domain_validation_records"] = [
                (
                    None
                    if item is None
                    else LoadBalancerTlsCertificateDomainValidationRecord.from_dict(
                        item
                    )
                )
                for item in value
            ]
        if (value := data.get("failureReason")) is not None:
            kwargs["failure_reason"] = open_enum(
                LoadBalancerTlsCertificateFailureReason, value
            )
        if (value := data.get("issuedAt")) is not None:
            kwargs["issued_at"] = parse_timestamp(value)
        if (value := data.get("issuer")) is not None:
            kwargs["issuer"] = value
        if (value := data.get("keyAlgorithm")) is not None:
            kwargs["key_algorithm"] = value
        if (value := data.get("notAfter")) is not None:
            kwargs["not_after"] = parse_timestamp(value)
        if (value := data.get("notBefore")) is not None:
            kwargs["not_before"] = parse_timestamp(value)
        if (value := data.get("renewalSummary")) is not None:
            kwargs["renewal_summary"] = (
                LoadBalancerTlsCertificateRenewalSummary.from_dict(value)
            )
        if (value := data.get("revocationReason")) is not None:
            kwargs["revocation_reason"] = open_enum(
                LoadBalancerTlsCertificateRevocationReason, value
            )
        if (value := data.get("revokedAt")) is not None:
            kwargs["revoked_at"] = parse_timestamp(value)
        if (value := data.get("serial")) is not None:
            kwargs["serial"] = value
        if (value := data.get("signatureAlgorithm")) is not None:
            kwargs["signature_algorithm"] = value
        if (value := data.get("subject")) is not None:
            kwargs["subject"] = value
        if (value := data.get("subjectAlternativeNames")) is not None:
            kwargs["subject_alternative_names"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.arn is not None:
            data["arn"] = self.arn
        if self.support_code is not None:
            data["supportCode"] = self.support_code
        if self.created_at is not None:
            data["createdAt"] = self.created_at
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.load_balancer_name is not None:
            data["loadBalancerName"] = self.load_balancer_name
        if self.is_attached is not None:
            data["isAttached"] = self.is_attached
        if self.status is not None:
            data["status"] = self.status
        if self.domain_name is not None:
            data["domainName"] = self.domain_name
        if self.domain_validation_records is not None:
            data["domainValidationRecords"] = [
                shape_to_dict(item) for item in self.domain_validation_records
            ]
        if self.failure_reason is not None:
            data["failureReason"] = self.failure_reason
        if self.issued_at is not None:
            data["issuedAt"] = self.issued_at
        if self.issuer is not None:
            data["issuer"] = self.issuer
        if self.key_algorithm is not None:
            data["keyAlgorithm"] = self.key_algorithm
        if self.not_after is not None:
            data["notAfter"] = self.not_after
        if self.not_before is not None:
            data["notBefore"] = self.not_before
        if self.renewal_summary is not None:
            data["renewalSummary"] = self.renewal_summary.to_dict()
        if self.revocation_reason is not None:
            data["revocationReason"] = self.revocation_reason
        if self.revoked_at is not None:
            data["revokedAt"] = self.revoked_at
        if self.serial is not None:
            data["serial"] = self.serial
        if self.signature_algorithm is not None:
            data["signatureAlgorithm"] = self.signature_algorithm
        if self.subject is not None:
            data["subject"] = self.subject
        if self.subject_alternative_names is not None:
            data["subjectAlternativeNames"] = self.subject_alternative_names
        return data

    from_wire = from_dict
