"""CreateLoadBalancerRequest: The arguments of the ``CreateLoadBalancer`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, shape_to_dict
from .ip_address_type import IpAddressType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class CreateLoadBalancerRequest(Shape):
    """The arguments of the ``CreateLoadBalancer`` operation."""

    load_balancer_name: str
    """The name of your load balancer."""

    instance_port: int
    """The instance port where you're creating your load balancer."""

    health_check_path: str | None = None
    """The path you provided to perform the load balancer health check. If you
    didn't specify a health check path, Lightsail uses the root path of your
    website (``"/"``).

    You may want to specify a custom health check path other than the root
    of your application if your home page loads slowly or has a lot of media
    or scripting on it.
    """

    certificate_name: str | None = None
    """The name of the SSL/TLS certificate.

    If you specify ``certificateName``, then ``certificateDomainName`` is
    required (and vice-versa).
    """

    certificate_domain_name: str | None = None
    """The domain name with which your certificate is associated
    (``example.com``).

    If you specify ``certificateDomainName``, then ``certificateName`` is
    required (and vice-versa).
    """

    certificate_alternative_names: list[str] | None = None
    """The optional alternative domains and subdomains to use with your SSL/TLS
    certificate (``www.example.com``, ``example.com``, ``m.example.com``,
    ``blog.example.com``).
    """

    tags: list[Tag] | None = None
    """The tag keys and optional values to add to the resource during create.

    Use the ``TagResource`` action to tag a resource after it's created.
    """

    ip_address_type: IpAddressType | str | None = None
    """The IP address type for the load balancer.

    The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
    and ``dualstack`` for IPv4 and IPv6.

    The default value is ``dualstack``.
    """

    tls_policy_name: str | None = None
    """The name of the TLS policy to apply to the load balancer.

    Use the
    [GetLoadBalancerTlsPolicies](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html)
    action to get a list of TLS policy names that you can specify.

    For more information about load balancer TLS policies, see
    [Configuring TLS security policies on your Amazon Lightsail load balancers](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configure-load-balancer-tls-security-policy)
    in the *Amazon Lightsail Developer Guide*.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "load_balancer_name": Rule("loadBalancerName", "string", required=True),
        "instance_port": Rule("instancePort", "integer", required=True, min=-1),
        "health_check_path": Rule("healthCheckPath", "string"),
        "certificate_name": Rule("certificateName", "string"),
        "certificate_domain_name": Rule("certificateDomainName", "string"),
        "certificate_alternative_names": Rule(
            "certificateAlternativeNames", "list", item=Rule("", "string")
        ),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "ip_address_type": Rule("ipAddressType", "string"),
        "tls_policy_name": Rule("tlsPolicyName", "string"),
    }

    def __init__(
        self,
        *,
        load_balancer_name: str,
        instance_port: int,
        health_check_path: str | None = None,
        certificate_name: str | None = None,
        certificate_domain_name: str | None = None,
        certificate_alternative_names: list[str] | None = None,
        tags: list[Tag] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        tls_policy_name: str | None = None,
    ) -> None:
        self.load_balancer_name = load_balancer_name
        self.instance_port = instance_port
        self.health_check_path = health_check_path
        self.certificate_name = certificate_name
        self.certificate_domain_name = certificate_domain_name
        self.certificate_alternative_names = certificate_alternative_names
        self.tags = tags
        self.ip_address_type = ip_address_type
        self.tls_policy_name = tls_policy_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateLoadBalancerRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("loadBalancerName")) is not None:
            kwargs["load_balancer_name"] = value
        if (value := data.get("instancePort")) is not None:
            kwargs["instance_port"] = value
        if (value := data.get("healthCheckPath")) is not None:
            kwargs["health_check_path"] = value
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
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("tlsPolicyName")) is not None:
            kwargs["tls_policy_name"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "loadBalancerName": self.load_balancer_name,
            "instancePort": self.instance_port,
        }
        if self.health_check_path is not None:
            data["healthCheckPath"] = self.health_check_path
        if self.certificate_name is not None:
            data["certificateName"] = self.certificate_name
        if self.certificate_domain_name is not None:
            data["certificateDomainName"] = self.certificate_domain_name
        if self.certificate_alternative_names is not None:
            data["certificateAlternativeNames"] = self.certificate_alternative_names
        if self.tags is not None:
            data["tags"] = [shape_to_dict(item) for item in self.tags]
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        if self.tls_policy_name is not None:
            data["tlsPolicyName"] = self.tls_policy_name
        return data

    to_wire = to_dict
