"""PortInfoSourceType"""

from enum import StrEnum


class PortInfoSourceType(StrEnum):
    """PortInfoSourceType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    DEFAULT = "DEFAULT"
    INSTANCE = "INSTANCE"
    NONE = "NONE"
    CLOSED = "CLOSED"
