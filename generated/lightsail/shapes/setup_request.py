"""SetupRequest: Returns information that was submitted during the ``SetupInstanceHttps`` request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .certificate_provider import CertificateProvider


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetupRequest(Shape):
    """Returns information that was submitted during the ``SetupInstanceHttps``
    request. Email information is redacted for privacy.
    """

    instance_name: str | None = None
    """The name of the Lightsail instance."""

    domain_names: list[str] | None = None
    """The name of the domain and subdomains that the SSL/TLS certificate
    secures.
    """

    certificate_provider: CertificateProvider | str | None = None
    """The Certificate Authority (CA) that issues the SSL/TLS certificate."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string"),
        "domain_names": Rule(
            "domainNames", "list", min=1, item=Rule("", "string", min=4)
        ),
        "certificate_provider": Rule("certificateProvider", "string"),
    }

    def __init__(
        self,
        *,
        instance_name: str | None = None,
        domain_names: list[str] | None = None,
        certificate_provider: CertificateProvider | str | None = None,
    ) -> None:
        self.instance_name = instance_name
        self.domain_names = domain_names
        self.certificate_provider = certificate_provider

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetupRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("domainNames")) is not None:
            kwargs["domain_names"] = value
        if (value := data.get("certificateProvider")) is not None:
            kwargs["certificate_provider"] = open_enum(CertificateProvider, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.instance_name is not None:
            data["instanceName"] = self.instance_name
        if self.domain_names is not None:
            data["domainNames"] = self.domain_names
        if self.certificate_provider is not None:
            data["certificateProvider"] = self.certificate_provider
        return data

    from_wire = from_dict
