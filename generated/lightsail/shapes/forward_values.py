"""ForwardValues"""

from enum import StrEnum


class ForwardValues(StrEnum):
    """ForwardValues

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    NONE = "none"
    ALLOW_LIST = "allow-list"
    ALL = "all"
