"""SetupInstanceHttpsRequest: The arguments of the ``SetupInstanceHttps`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .certificate_provider import CertificateProvider


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetupInstanceHttpsRequest(Shape):
    """The arguments of the ``SetupInstanceHttps`` operation."""

    instance_name: str
    """The name of the Lightsail instance."""

    email_address: str = field(metadata={"sensitive": True})
    """The contact method for SSL/TLS certificate renewal alerts. You can enter
    one email address.
    """

    domain_names: list[str]
    """The name of the domain and subdomains that were specified for the
    SSL/TLS certificate.
    """

    certificate_provider: CertificateProvider | str
    """The certificate authority that issues the SSL/TLS certificate."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "instance_name": Rule("instanceName", "string", required=True),
        "email_address": Rule("emailAddress", "string", required=True, min=6),
        "domain_names": Rule(
            "domainNames", "list", required=True, min=1, item=Rule("", "string", min=4)
        ),
        "certificate_provider": Rule("certificateProvider", "string", required=True),
    }

    def __init__(
        self,
        *,
        instance_name: str,
        email_address: str,
        domain_names: list[str],
        certificate_provider: CertificateProvider | str,
    ) -> None:
        self.instance_name = instance_name
        self.email_address = email_address
        self.domain_names = domain_names
        self.certificate_provider = certificate_provider

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetupInstanceHttpsRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("instanceName")) is not None:
            kwargs["instance_name"] = value
        if (value := data.get("emailAddress")) is not None:
            kwargs["email_address"] = value
        if (value := data.get("domainNames")) is not None:
            kwargs["domain_names"] = value
        if (value := data.get("certificateProvider")) is not None:
            kwargs["certificate_provider"] = open_enum(CertificateProvider, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "instanceName": self.instance_name,
            "emailAddress": self.email_address,
            "domainNames": self.domain_names,
            "certificateProvider": self.certificate_provider,
        }
        return data

    to_wire = to_dict
