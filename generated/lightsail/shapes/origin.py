"""Origin: Describes the origin resource of an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .origin_ip_address_type_enum import OriginIpAddressTypeEnum
from .origin_protocol_policy_enum import OriginProtocolPolicyEnum
from .region_name import RegionName
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class Origin(Shape):
    """Describes the origin resource of an Amazon Lightsail content delivery
    network (CDN) distribution.

    An origin can be a Lightsail instance, bucket, or load balancer. A
    distribution pulls content from an origin, caches it, and serves it to
    viewers via a worldwide network of edge servers.
    """

    name: str | None = None
    """The name of the origin resource."""

    resource_type: ResourceType | str | None = None
    """The resource type of the origin resource (*Instance*)."""

    region_name: RegionName | str | None = None
    """The AWS Region name of the origin resource."""

    protocol_policy: OriginProtocolPolicyEnum | str | None = None
    """The protocol that your Amazon Lightsail distribution uses when
    establishing a connection with your origin to pull content.
    """

    response_timeout: int | None = None
    """The amount of time, in seconds, that the distribution waits for a
    response after forwarding a request to the origin. The minimum timeout
    is 1 second, the maximum is 60 seconds, and the default (if you don't
    specify otherwise) is 30 seconds.
    """

    ip_address_type: OriginIpAddressTypeEnum | str | None = None
    """The IP address type that the distribution uses when connecting to the
    origin.

    The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
    and ``dualstack`` for IPv4 and IPv6.
    """

    is_private_origin_access_enabled: bool | None = None
    """Specifies whether private origin access is enabled for the
    distribution's origin. With private origin access, the distribution can
    serve objects that aren't publicly accessible from a Lightsail bucket.

    This applies when you set the bucket's ``getObject`` access rule to
    ``private``. It also applies when you set ``getObject`` to ``public``
    but set individual objects to private.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "resource_type": Rule("resourceType", "string"),
        "region_name": Rule("regionName", "string"),
        "protocol_policy": Rule("protocolPolicy", "string"),
        "response_timeout": Rule("responseTimeout", "integer"),
        "ip_address_type": Rule("ipAddressType", "string"),
        "is_private_origin_access_enabled": Rule(
            "isPrivateOriginAccessEnabled", "boolean"
        ),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        resource_type: ResourceType | str | None = None,
        region_name: RegionName | str | None = None,
        protocol_policy: OriginProtocolPolicyEnum | str | None = None,
        response_timeout: int | None = None,
        ip_address_type: OriginIpAddressTypeEnum | str | None = None,
        is_private_origin_access_enabled: bool | None = None,
    ) -> None:
        self.name = name
        self.resource_type = resource_type
        self.region_name = region_name
        self.protocol_policy = protocol_policy
        self.response_timeout = response_timeout
        self.ip_address_type = ip_address_type
        self.is_private_origin_access_enabled = is_private_origin_access_enabled

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Origin:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("regionName")) is not None:
            kwargs["region_name"] = open_enum(RegionName, value)
        if (value := data.get("protocolPolicy")) is not None:
            kwargs["protocol_policy"] = open_enum(OriginProtocolPolicyEnum, value)
        if (value := data.get("responseTimeout")) is not None:
            kwargs["response_timeout"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(OriginIpAddressTypeEnum, value)
        if (value := data.get("isPrivateOriginAccessEnabled")) is not None:
            kwargs["is_private_origin_access_enabled"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.resource_type is not None:
            data["resourceType"] = self.resource_type
        if self.region_name is not None:
            data["regionName"] = self.region_name
        if self.protocol_policy is not None:
            data["protocolPolicy"] = self.protocol_policy
        if self.response_timeout is not None:
            data["responseTimeout"] = self.response_timeout
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        if self.is_private_origin_access_enabled is not None:
            data["isPrivateOriginAccessEnabled"] = self.is_private_origin_access_enabled
        return data

    from_wire = from_dict
