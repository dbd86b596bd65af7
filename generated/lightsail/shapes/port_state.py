"""PortState"""

from enum import StrEnum


class PortState(StrEnum):
    """PortState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    OPEN = "open"
    CLOSED = "closed"
