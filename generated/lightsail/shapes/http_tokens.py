"""HttpTokens"""

from enum import StrEnum


class HttpTokens(StrEnum):
    """HttpTokens

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    OPTIONAL = "optional"
    REQUIRED = "required"
