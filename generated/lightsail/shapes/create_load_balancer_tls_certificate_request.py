"""CreateLoadBalancerTlsCertificateRequest: The arguments of the ``CreateLoadBalancerTlsCertificate`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import shape_to_dict
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateLoadBalancerTlsCertificateRequest(Shape):
    """The arguments of the ``CreateLoadBalancerTlsCertificate`` operation."""

    load_balancer_name: str
    """The load balancer name where you want to create the SSL/TLS certificate."""

    certificate_name: str
    """The SSL/TLS certificate name.

    You can have up to 10 certificates in your account at one time. Each
    Lightsail load balancer can have up to 2 certificates associated with it
    at one time. There is also an overall limit to the number of
    certificates that can be issue in a 365-day period. For more
    information, see
    [Limits](http://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html).
    """

    certificate_domain_name: str
    """The domain name (``example.com``) for your SSL/TLS certificate."""

    certificate_alternative_names: list[str] | None = None
    """An array of strings listing alternative domains and subdomains for your
    SSL/TLS certificate. Lightsail will de-dupe the names for you. You can
    have a maximum of 9 alternative names (in addition to the 1 primary
    domain). We do not support wildcards (``*.example.com``).
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer_name": Rule("loadBalancerName", "string", required=True),
        "certificate_name": Rule("certificateName", "string", required=True),
        "certificate_domain_name": Rule(
            "certificateDomainName", "string", required=True
        ),
        "certificate_alternative_names": Rule(
            "certificateAlternativeNames", "list", item=Rule("", "string")
        ),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
    }

    def __init__(
        self,
        *,
        load_balancer_name: str,
        certificate_name: str,
        certificate_domain_name: str,
        certificate_alternative_names: list[str] | None = None,
        tags: list[Tag] | None = None,
    ) -> None:
        self.load_balancer_name = load_balancer_name
        self.certificate_name = certificate_name
        self.certificate_domain_name = certificate_domain_name
        self.certificate_alternative_names = certificate_alternative_names
        self.tags = tags

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any]
    ) -> CreateLoadBalancerTlsCertificateRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        if (value := data.get("certificateName")) is not None:
            kwargs["certificate_name"] = value
        if (value := data.get("certificateDomainName")) is not None:
            kwargs["certificate_domain_name"] = value
        if (value := data.get("certificateAlternativeNames")) is not None:
            kwargs["certificate_alternative_names"] = value
        if (value := data.get("tags")) is not None:
            kwargs["tags"] = [
                None if item is None else Tag.from_dict(item) for item in value
            ]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "loadBalancerName": self.load_balancer_name,
            "certificateName": self.certificate_name,
            "certificateDomainName": self.certificate_domain_name,
        }
        if self.certificate_alternative_names is not None:
            data["certificateAlternativeNames"] = self.certificate_alternative_names
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        return data

    to_wire = to_dict
