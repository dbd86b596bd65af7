"""LoadBalancerTlsCertificateRenewalSummary: Contains information about the status of Lightsail's managed renewal for the certificate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .load_balancer_tls_certificate_domain_validation_option import (
    LoadBalancerTlsCertificateDomainValidationOption,
)
from .load_balancer_tls_certificate_renewal_status import (
    LoadBalancerTlsCertificateRenewalStatus,
)


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancerTlsCertificateRenewalSummary(Shape):
    """Contains information about the status of Lightsail's managed renewal for
    the certificate.

    The renewal status of the certificate.

    The following renewal status are possible:

    - **``PendingAutoRenewal``** - Lightsail is attempting to automatically
      validate the domain names in the certificate. No further action is
      required.
    - **``PendingValidation``** - Lightsail couldn't automatically validate
      one or more domain names in the certificate. You must take action to
      validate these domain names or the certificate won't be renewed. If
      you used DNS validation, check to make sure your certificate's domain
      validation records exist in your domain's DNS, and that your
      certificate remains in use.
    - **``Success``** - All domain names in the certificate are validated,
      and Lightsail renewed the certificate. No further action is required.
    - **``Failed``** - One or more domain names were not validated before
      the certificate expired, and Lightsail did not renew the certificate.
      You can request a new certificate using the ``CreateCertificate``
      action.
    """

    renewal_status: LoadBalancerTlsCertificateRenewalStatus | str | None = None
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

    domain_validation_options: (
        list[LoadBalancerTlsCertificateDomainValidationOption] | None
    ) = None
    """Contains information about the validation of each domain name in the
    certificate, as it pertains to Lightsail's managed renewal. This is
    different from the initial validation that occurs as a result of the
    RequestCertificate request.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "renewal_status": Rule("renewalStatus", "string"),
        "domain_validation_options": Rule(
            "domainValidationOptions",
            "list",
            item=Rule("", "LoadBalancerTlsCertificateDomainValidationOption"),
        ),
    }

    def __init__(
        self,
        *,
        renewal_status: LoadBalancerTlsCertificateRenewalStatus | str | None = None,
        domain_validation_options: (
            list[LoadBalancerTlsCertificateDomainValidationOption] | None
        ) = None,
    ) -> None:
        self.renewal_status = renewal_status
        self.domain_validation_options = domain_validation_options

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> LoadBalancerTlsCertificateRenewalSummary:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("renewalStatus")) is not None:
            kwargs["renewal_status"] = open_enum(
                LoadBalancerTlsCertificateRenewalStatus, value
            )
        if (value := data.get("domainValidationOptions")) is not None:
            kwargs["domain_validation_options"] = [
                (
                    None
                    if item is None
                    else LoadBalancerTlsCertificateDomainValidationOption.from_dict(
                        item
                    )
                )
                for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.renewal_status is not None:
            data["renewalStatus"] = self.renewal_status
        if self.domain_validation_options is not None:
            data["domainValidationOptions"] = [
                shape_to_dict(item) for item in self.domain_validation_options
            ]
        return data

    from_wire = from_dict
