"""InputOrigin: Describes the origin resource of an Amazon Lightsail content delivery network (CDN) distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .origin_ip_address_type_enum import OriginIpAddressTypeEnum
from .origin_protocol_policy_enum import OriginProtocolPolicyEnum
from .region_name import RegionName


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class InputOrigin(Shape):
    """Describes the origin resource of an Amazon Lightsail content delivery
    network (CDN) distribution.

    An origin can be a Lightsail instance, bucket, container service, or
    load balancer. A distribution pulls content from an origin, caches it,
    and serves it to viewers via a worldwide network of edge servers.
    """

    name: str | None = None
    """The name of the origin resource."""

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

    RULES: ClassVar[Mapping[str, Rule]] = {
        "name": Rule("name", "string"),
        "region_name": Rule("regionName", "string"),
        "protocol_policy": Rule("protocolPolicy", "string"),
        "response_timeout": Rule("responseTimeout", "integer"),
        "ip_address_type": Rule("ipAddressType", "string"),
    }

    def __init__(
        self,
        *,
        name: str | None = None,
        region_name: RegionName | str | None = None,
        protocol_policy: OriginProtocolPolicyEnum | str | None = None,
        response_timeout: int | None = None,
        ip_address_type: OriginIpAddressTypeEnum | str | None = None,
    ) -> None:
        self.name = name
        self.region_name = region_name
        self.protocol_policy = protocol_policy
        self.response_timeout = response_timeout
        self.ip_address_type = ip_address_type

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InputOrigin:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("name")) is not None:
            kwargs["name"] = value
        if (value := data.get("regionName")) is not None:
            kwargs["region_name"] = open_enum(RegionName, value)
        if (value := data.get("protocolPolicy")) is not None:
            kwargs["protocol_policy"] = open_enum(OriginProtocolPolicyEnum, value)
        if (value := data.get("responseTimeout")) is not None:
            kwargs["response_timeout"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(OriginIpAddressTypeEnum, value)
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.region_name is not None:
            data["regionName"] = self.region_name
        if self.protocol_policy is not None:
            data["protocolPolicy"] = self.protocol_policy
        if self.response_timeout is not None:
            data["responseTimeout"] = self.response_timeout
        if self.ip_address_type is not None:
            data["ipAddressType"] = self.ip_address_type
        return data

    to_wire = to_dict


InputOriginDict = TypedDict(
    "InputOriginDict",
    {
        "name": "str",
        "regionName": "RegionName | str",
        "protocolPolicy": "OriginProtocolPolicyEnum | str",
        "responseTimeout": "int",
        "ipAddressType": "OriginIpAddressTypeEnum | str",
    },
    total=False,
)
"""The dict client methods accept for `InputOrigin`, keys as in the model."""
