"""HttpEndpoint"""

from enum import StrEnum


class HttpEndpoint(StrEnum):
    """HttpEndpoint

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    DISABLED = "disabled"
    ENABLED = "enabled"
