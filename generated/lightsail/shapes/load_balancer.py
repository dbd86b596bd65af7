"""LoadBalancer: Describes a load balancer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum, parse_timestamp, shape_to_dict
from .instance_health_summary import InstanceHealthSummary
from .ip_address_type import IpAddressType
from .load_balancer_attribute_name import LoadBalancerAttributeName
from .load_balancer_protocol import LoadBalancerProtocol
from .load_balancer_state import LoadBalancerState
from .load_balancer_tls_certificate_summary import LoadBalancerTlsCertificateSummary
from .resource_location import ResourceLocation
from .resource_type import ResourceType
from .tag import Tag


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class LoadBalancer(Shape):
    """Describes a load balancer."""

    name: str | None = None
    """The name of the load balancer (``my-load-balancer``)."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the load balancer."""

    support_code: str | None = None
    """The support code. Include this code in your email to support when you
    have questions about your Lightsail load balancer. This code enables our
    support team to look up your Lightsail information more easily.
    """

    created_at: datetime | None = None
    """The date when your load balancer was created."""

    location: ResourceLocation | None = None
    """The AWS Region where your load balancer was created (``us-east-2a``).
    Lightsail automatically creates your load balancer across Availability
    Zones.
    """

    resource_type: ResourceType | str | None = None
    """The resource type (``LoadBalancer``."""

    tags: list[Tag] | None = None
    """The tag keys and optional values for the resource. For more information
    about tags in Lightsail, see the
    [Amazon Lightsail Developer Guide](https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags).
    """

    dns_name: str | None = None
    """The DNS name of your Lightsail load balancer."""

    state: LoadBalancerState | str | None = None
    """The status of your load balancer. Valid values are below."""

    protocol: LoadBalancerProtocol | str | None = None
    """The protocol you have enabled for your load balancer. Valid values are
    below.

    You can't just have ``HTTP_HTTPS``, but you can have just ``HTTP``.
    """

    public_ports: list[int] | None = None
    """An array of public port settings for your load balancer. For HTTP, use
    port 80. For HTTPS, use port 443.
    """

    health_check_path: str | None = None
    """The path you specified to perform your health checks. If no path is
    specified, the load balancer tries to make a request to the default
    (root) page.
    """

    instance_port: int | None = None
    """The port where the load balancer will direct traffic to your Lightsail
    instances. For HTTP traffic, it's port 80. For HTTPS traffic, it's port
    443.
    """

    instance_health_summary: list[InstanceHealthSummary] | None = None
    """An array of InstanceHealthSummary objects describing the health of the
    load balancer.
    """

    tls_certificate_summaries: list[LoadBalancerTlsCertificateSummary] | None = None
    """An array of LoadBalancerTlsCertificateSummary objects that provide
    additional information about the SSL/TLS certificates. For example, if
    ``true``, the certificate is attached to the load balancer.
    """

    configuration_options: dict[LoadBalancerAttributeName | str, str] | None = None
    """A string to string map of the configuration options for your load
    balancer. Valid values are listed below.
    """

    ip_address_type: IpAddressType | str | None = None
    """The IP address type of the load balancer.

    The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
    and ``dualstack`` for IPv4 and IPv6.
    """

    https_redirection_enabled: bool | None = None
    """A Boolean value that indicates whether HTTPS redirection is enabled for
    the load balancer.
    """

    tls_policy_name: str | None = None
    """The name of the TLS security policy for the load balancer."""

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "arn": Rule("arn", "string"),
        "support_code": Rule("supportCode", "string"),
        "created_at": Rule("createdAt", "timestamp"),
        "location": Rule("location", "ResourceLocation"),
        "resource_type": Rule("resourceType", "string"),
        "tags": Rule("tags", "list", item=Rule("", "Tag")),
        "dns_name": Rule("dnsName", "string"),
        "state": Rule("state", "string"),
        "protocol": Rule("protocol", "string"),
        "public_ports": Rule("publicPorts", "list", item=Rule("", "integer", min=-1)),
        "health_check_path": Rule("healthCheckPath", "string"),
        "instance_port": Rule("instancePort", "integer"),
        "instance_health_summary": Rule(
            "instanceHealthSummary", "list", item=Rule("", "InstanceHealthSummary")
        ),
        "tls_certificate_summaries": Rule(
            "tlsCertificateSummaries",
            "list",
            item=Rule("", "LoadBalancerTlsCertificateSummary"),
        ),
        "configuration_options": Rule(
            "configurationOptions", "map", item=Rule("", "string")
        ),
        "ip_address_type": Rule("ipAddressType", "string"),
        "https_redirection_enabled": Rule("httpsRedirectionEnabled", "boolean"),
        "tls_policy_name": Rule("tlsPolicyName", "string"),
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
        dns_name: str | None = None,
        state: LoadBalancerState | str | None = None,
        protocol: LoadBalancerProtocol | str | None = None,
        public_ports: list[int] | None = None,
        health_check_path: str | None = None,
        instance_port: int | None = None,
        instance_health_summary: list[InstanceHealthSummary] | None = None,
        tls_certificate_summaries: (
            list[LoadBalancerTlsCertificateSummary] | None
        ) = None,
        configuration_options: dict[LoadBalancerAttributeName | str, str] | None = None,
        ip_address_type: IpAddressType | str | None = None,
        https_redirection_enabled: bool | None = None,
        tls_policy_name: str | None = None,
    ) -> None:
        self.name = name
        self.arn = arn
        self.support_code = support_code
        self.created_at = created_at
        self.location = location
        self.resource_type = resource_type
        self.tags = tags
        self.dns_name = dns_name
        self.state = state
        self.protocol = protocol
        self.public_ports = public_ports
        self.health_check_path = health_check_path
        self.instance_port = instance_port
        self.instance_health_summary = instance_health_summary
        self.tls_certificate_summaries = tls_certificate_summaries
        self.configuration_options = configuration_options
        self.ip_address_type = ip_address_type
        self.https_redirection_enabled = https_redirection_enabled
        self.tls_policy_name = tls_policy_name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoadBalancer:
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
        if (value := data.get("dnsName")) is not None:
            kwargs["dns_name"] = value
        if (value := data.get("state")) is not None:
            kwargs["state"] = open_enum(LoadBalancerState, value)
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(LoadBalancerProtocol, value)
        if (value := data.get("publicPorts")) is not None:
            kwargs["public_ports"] = value
        if (value := data.get("healthCheckPath")) is not None:
            kwargs["health_check_path"] = value
        if (value := data.get("instancePort")) is not None:
            kwargs["instance_port"] = value
        if (value := data.get("instanceHealthSummary")) is not None:
            kwargs["instance_health_summary"] = [
                None if item is None else InstanceHealthSummary.from_dict(item)
                for item in value
            ]
        if (value := data.get("tlsCertificateSummaries")) is not None:
            kwargs["tls_certificate_summaries"] = [
                (
                    None
                    if item is None
                    else LoadBalancerTlsCertificateSummary.from_dict(item)
                )
                for item in value
            ]
        if (value := data.get("configurationOptions")) is not None:
            kwargs["configuration_options"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("httpsRedirectionEnabled")) is not None:
            kwargs["https_redirection_enabled"] = value
        if (value := data.get("tlsPolicyName")) is not None:
            kwargs["tls_policy_name"] = value
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
        if self.dns_name is not None:
            data["dnsName"] = self.dns_name
        if self.state is not None:
            data["state"] = self.state
        if self.protocol is not None:
            data["protocol"] = self.protocol
        if self.public_ports is not None:
            data["publicPorts"] = self.public_ports
        if self.health_check_path is not None:
            data["healthCheckPath"] = self.health_check_path
        if self.instance_port is not None:
            data["instancePort"] = self.instance_port
        if self.instance_health_summary is not None:
            data["instanceHealthSummary"] = [
                shape_to_dict(item) for item in self.instance_health_summary
            ]
        if self.tls_certificate_summaries is not None:
            data["tlsCertificateSummaries"] = [
                shape_to_dict(item) for item in self.tls_certificate_summaries
            ]
        if self.configuration_options is not None:
            data["configurationOptions"] = self.configuration_options
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        if self.https_redirection_enabled is not None:
            data["httpsRedirectionEnabled"] = self.https_redirection_enabled
        if self.tls_policy_name is not None:
            data["tlsPolicyName"] = self.tls_policy_name
        return data

    from_wire = from_dict
