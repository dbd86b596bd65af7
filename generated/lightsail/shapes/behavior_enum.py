"""BehaviorEnum"""

from enum import StrEnum


class BehaviorEnum(StrEnum):
    """BehaviorEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    DONT_CACHE = "dont-cache"
    CACHE = "cache"
