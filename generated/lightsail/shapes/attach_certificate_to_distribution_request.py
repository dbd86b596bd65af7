"""AttachCertificateToDistributionRequest: The arguments of the ``AttachCertificateToDistribution`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class AttachCertificateToDistributionRequest(Shape):
    """The arguments of the ``AttachCertificateToDistribution`` operation."""

    distribution_name: str
    """The name of the distribution that the certificate will be attached to.

    Use the ``GetDistributions`` action to get a list of distribution names
    that you can specify.
    """

    certificate_name: str
    """The name of the certificate to attach to a distribution.

    Only certificates with a status of ``ISSUED`` can be attached to a
    distribution.

    Use the ``GetCertificates`` action to get a list of certificate names
    that you can specify.

    Note:
        This is the name of the certificate resource type and is used only
        to reference the certificate in other API actions. It can be
        different than the domain name of the certificate. For example, your
        certificate name might be ``WordPress-Blog-Certificate`` and the
        domain name of the certificate might be ``example.com``.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "distribution_name": Rule("distributionName", "string", required=True),
        "certificate_name": Rule("certificateName", "string", required=True),
    }

    def __init__(self, *, distribution_name: str, certificate_name: str) -> None:
        self.distribution_name = distribution_name
        self.certificate_name = certificate_name

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> AttachCertificateToDistributionRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("distributionName")) is not None:
            kwargs["distribution_name"] = value
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "distributionName": self.distribution_name,
            "certificateName": self.certificate_name,
        }
        return data

    to_wire = to_dict
