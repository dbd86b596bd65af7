"""IpAddressType"""

from enum import StrEnum


class IpAddressType(StrEnum):
    """IpAddressType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    DUALSTACK = "dualstack"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
