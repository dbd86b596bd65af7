"""SetIpAddressTypeRequest: The arguments of the ``SetIpAddressType`` operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .ip_address_type import IpAddressType
from .resource_type import ResourceType


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class SetIpAddressTypeRequest(Shape):
    """The arguments of the ``SetIpAddressType`` operation."""

    resource_type: ResourceType | str
    """The resource type.

    The resource values are ``Distribution``, ``Instance``, and
    ``LoadBalancer``.

    Note:
        Distribution-related APIs are available only in the N. Virginia
        (``us-east-1``) Amazon Web Services Region. Set your Amazon Web
        Services Region configuration to ``us-east-1`` to create, view, or
        edit distributions.
    """

    resource_name: str
    """The name of the resource for which to set the IP address type."""

    ip_address_type: IpAddressType | str
    """The IP address type to set for the specified resource.

    The possible values are ``ipv4`` for IPv4 only, ``ipv6`` for IPv6 only,
    and ``dualstack`` for IPv4 and IPv6.
    """

    accept_bundle_update: bool | None = None
    """Required parameter to accept the instance bundle update when changing
    to, and from, IPv6-only.

    Note:
        An instance bundle will change when switching from ``dual-stack`` or
        ``ipv4``, to ``ipv6``. It also changes when switching from ``ipv6``,
        to ``dual-stack`` or ``ipv4``.

        You must include this parameter in the command to update the bundle.
        For example, if you switch from ``dual-stack`` to ``ipv6``, the
        bundle will be updated, and billing for the IPv6-only instance
        bundle begins immediately.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "resource_type": Rule("resourceType", "string", required=True),
        "resource_name": Rule("resourceName", "string", required=True),
        "ip_address_type": Rule("ipAddressType", "string", required=True),
        "accept_bundle_update": Rule("acceptBundleUpdate", "boolean"),
    }

    def __init__(
        self,
        *,
        resource_type: ResourceType | str,
        resource_name: str,
        ip_address_type: IpAddressType | str,
        accept_bundle_update: bool | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.ip_address_type = ip_address_type
        self.accept_bundle_update = accept_bundle_update

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetIpAddressTypeRequest:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("resourceType")) is not None:
            kwargs["resource_type"] = open_enum(ResourceType, value)
        if (value := data.get("resourceName")) is not None:
            kwargs["resource_name"] = value
        if (value := data.get("ipAddressType")) is not None:
            kwargs["ip_address_type"] = open_enum(IpAddressType, value)
        if (value := data.get("acceptBundleUpdate")) is not None:
            kwargs["accept_bundle_update"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {
            "resourceType": self.resource_type,
            "resourceName": self.resource_name,
            "ipAddressType": self.ip_address_type,
        }
        if self.accept_bundle_update is not None:
            data["acceptBundleUpdate"] = self.accept_bundle_update
        return data

    to_wire = to_dict
