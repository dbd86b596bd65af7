"""PortInfo: Describes ports to open on an instance, the IP addresses allowed to connect to the instance through the ports, and the protocol."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._runtime.shapes import Rule, Shape
from .._runtime.values import open_enum
from .network_protocol import NetworkProtocol


@dataclass(kw_only=True, init=False, eq=False, repr=False)  # Shape defines eq and repr
class PortInfo(Shape):
    """Describes ports to open on an instance, the IP addresses allowed to
    connect to the instance through the ports, and the protocol.
    """

    from_port: int | None = None
    """The first port in a range of open ports on an instance.

    Allowed ports:

    - TCP and UDP - ``0`` to ``65535``
    - ICMP - The ICMP type for IPv4 addresses. For example, specify ``8`` as
      the ``fromPort`` (ICMP type), and ``-1`` as the ``toPort`` (ICMP
      code), to enable ICMP Ping. For more information, see
      [Control Messages](https://en.wikipedia.org/wiki/Internet_Control_Message_Protocol#Control_messages)
      on *Wikipedia*.
    - ICMPv6 - The ICMP type for IPv6 addresses. For example, specify
      ``128`` as the ``fromPort`` (ICMPv6 type), and ``0`` as ``toPort``
      (ICMPv6 code). For more information, see
      [Internet Control Message Protocol for IPv6](https://en.wikipedia.org/wiki/Internet_Control_Message_Protocol_for_IPv6).
    """

    to_port: int | None = None
    """The last port in a range of open ports on an instance.

    Allowed ports:

    - TCP and UDP - ``0`` to ``65535``
    - ICMP - The ICMP code for IPv4 addresses. For example, specify ``8`` as
      the ``fromPort`` (ICMP type), and ``-1`` as the ``toPort`` (ICMP
      code), to enable ICMP Ping. For more information, see
      [Control Messages](https://en.wikipedia.org/wiki/Internet_Control_Message_Protocol#Control_messages)
      on *Wikipedia*.
    - ICMPv6 - The ICMP code for IPv6 addresses. For example, specify
      ``128`` as the ``fromPort`` (ICMPv6 type), and ``0`` as ``toPort``
      (ICMPv6 code). For more information, see
      [Internet Control Message Protocol for IPv6](https://en.wikipedia.org/wiki/Internet_Control_Message_Protocol_for_IPv6).
    """

    protocol: NetworkProtocol | str | None = None
    """The IP protocol name.

    The name can be one of the following:

    - ``tcp`` - Transmission Control Protocol (TCP) provides reliable,
      ordered, and error-checked delivery of streamed data between
      applications running on hosts communicating by an IP network. If you
      have an application that doesn't require reliable data stream service,
      use UDP instead.
    - ``all`` - All transport layer protocol types. For more general
      information, see
      [Transport layer](https://en.wikipedia.org/wiki/Transport_layer) on
      *Wikipedia*.
    - ``udp`` - With User Datagram Protocol (UDP), computer applications can
      send messages (or datagrams) to other hosts on an Internet Protocol
      (IP) network. Prior communications are not required to set up
      transmission channels or data paths. Applications that don't require
      reliable data stream service can use UDP, which provides a
      connectionless datagram service that emphasizes reduced latency over
      reliability. If you do require reliable data stream service, use TCP
      instead.
    - ``icmp`` - Internet Control Message Protocol (ICMP) is used to send
      error messages and operational information indicating success or
      failure when communicating with an instance. For example, an error is
      indicated when an instance could not be reached. When you specify
      ``icmp`` as the ``protocol``, you must specify the ICMP type using the
      ``fromPort`` parameter, and ICMP code using the ``toPort`` parameter.
    - ``icmp6`` - Internet Control Message Protocol (ICMP) for IPv6. When
      you specify ``icmp6`` as the ``protocol``, you must specify the ICMP
      type using the ``fromPort`` parameter, and ICMP code using the
      ``toPort`` parameter.
    """

    cidrs: list[str] | None = None
    """The IPv4 address, or range of IPv4 addresses (in CIDR notation) that are
    allowed to connect to an instance through the ports, and the protocol.

    Note:
        The ``ipv6Cidrs`` parameter lists the IPv6 addresses that are
        allowed to connect to an instance.

    Examples:

    - To allow the IP address ``192.0.2.44``, specify ``192.0.2.44`` or
      ``192.0.2.44/32``.
    - To allow the IP addresses ``192.0.2.0`` to ``192.0.2.255``, specify
      ``192.0.2.0/24``.

    For more information about CIDR block notation, see
    [Classless Inter-Domain Routing](https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing#CIDR_notation)
    on *Wikipedia*.
    """

    ipv6_cidrs: list[str] | None = None
    """The IPv6 address, or range of IPv6 addresses (in CIDR notation) that are
    allowed to connect to an instance through the ports, and the protocol.
    Only devices with an IPv6 address can connect to an instance through
    IPv6; otherwise, IPv4 should be used.

    Note:
        The ``cidrs`` parameter lists the IPv4 addresses that are allowed to
        connect to an instance.

    For more information about CIDR block notation, see
    [Classless Inter-Domain Routing](https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing#CIDR_notation)
    on *Wikipedia*.
    """

    cidr_list_aliases: list[str] | None = None
    """An alias that defines access for a preconfigured range of IP addresses.

    The only alias currently supported is ``lightsail-connect``, which
    allows IP addresses of the browser-based RDP/SSH client in the Lightsail
    console to connect to your instance.
    """

    RULES: ClassVar[Mapping[str, Rule]] = {
        "from_port": Rule("fromPort", "integer", min=-1),
        "to_port": Rule("toPort", "integer", min=-1),
        "protocol": Rule("protocol", "string"),
        "cidrs": Rule("cidrs", "list", item=Rule("", "string")),
        "ipv6_cidrs": Rule("ipv6Cidrs", "list", item=Rule("", "string")),
        "cidr_list_aliases": Rule("cidrListAliases", "list", item=Rule("", "string")),
    }

    def __init__(
        self,
        *,
        from_port: int | None = None,
        to_port: int | None = None,
        protocol: NetworkProtocol | str | None = None,
        cidrs: list[str] | None = None,
        ipv6_cidrs: list[str] | None = None,
        cidr_list_aliases: list[str] | None = None,
    ) -> None:
        self.from_port = from_port
        self.to_port = to_port
        self.protocol = protocol
        self.cidrs = cidrs
        self.ipv6_cidrs = ipv6_cidrs
        self.cidr_list_aliases = cidr_list_aliases

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PortInfo:
        """Build from the dict boto3 accepts for this shape."""
        kwargs: dict[str, Any] = {}
        if (value := data.get("fromPort")) is not None:
            kwargs["from_port"] = value
        if (value := data.get("toPort")) is not None:
            kwargs["to_port"] = value
        if (value := data.get("protocol")) is not None:
            kwargs["protocol"] = open_enum(NetworkProtocol, value)
        if (value := data.get("cidrs")) is not None:
            kwargs["cidrs"] = value
        if (value := data.get("ipv6Cidrs")) is not None:
            kwargs["ipv6_cidrs"] = value
        if (value := data.get("cidrListAliases")) is not None:
            kwargs["cidr_list_aliases"] = value
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The dict boto3 returns for this shape; members that are not set are left out."""
        data: dict[str, Any] = {}
        if self.from_port is not None:
            data["fromPort"] = self.from_port
        if self.to_port is not None:
            data["toPort"] = self.to_port
        if self.protocol is not None:
            data["protocol"] = self.protocol
        if self.cidrs is not None:
            data["cidrs"] = self.cidrs
        if self.ipv6_cidrs is not None:
            data["ipv6Cidrs"] = self.ipv6_cidrs
        if self.cidr_list_aliases is not None:
            data["cidrListAliases"] = self.cidr_list_aliases
        return data

    to_wire = to_dict


PortInfoDict = TypedDict(
    "PortInfoDict",
    {
        "fromPort": "int",
        "toPort": "int",
        "protocol": "NetworkProtocol | str",
        "cidrs": "list[str]",
        "ipv6Cidrs": "list[str]",
        "cidrListAliases": "list[str]",
    },
    total=False,
)
"""The dict client methods accept for `PortInfo`, keys as in the model."""
