"""HttpProtocolIpv6"""

from enum import StrEnum


class HttpProtocolIpv6(StrEnum):
    """HttpProtocolIpv6

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    DISABLED = "disabled"
    ENABLED = "enabled"
