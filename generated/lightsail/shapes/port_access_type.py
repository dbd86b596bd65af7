"""PortAccessType"""

from enum import StrEnum


class PortAccessType(StrEnum):
    """PortAccessType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PUBLIC = "Public"
    PRIVATE = "Private"
