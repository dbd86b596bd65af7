"""NetworkProtocol"""

from enum import StrEnum


class NetworkProtocol(StrEnum):
    """NetworkProtocol

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    TCP = "tcp"
    ALL = "all"
    UDP = "udp"
    ICMP = "icmp"
    ICMPV6 = "icmpv6"
