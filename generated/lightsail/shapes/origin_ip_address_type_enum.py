"""OriginIpAddressTypeEnum"""

from enum import StrEnum


class OriginIpAddressTypeEnum(StrEnum):
    """OriginIpAddressTypeEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    DUALSTACK = "dualstack"
