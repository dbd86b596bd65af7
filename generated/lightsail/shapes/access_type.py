"""AccessType"""

from enum import StrEnum


class AccessType(StrEnum):
    """AccessType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PUBLIC = "public"
    PRIVATE = "private"
