"""AccessDirection"""

from enum import StrEnum


class AccessDirection(StrEnum):
    """AccessDirection

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"
