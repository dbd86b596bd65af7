"""OriginProtocolPolicyEnum"""

from enum import StrEnum


class OriginProtocolPolicyEnum(StrEnum):
    """OriginProtocolPolicyEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    HTTP_ONLY = "http-only"
    HTTPS_ONLY = "https-only"
