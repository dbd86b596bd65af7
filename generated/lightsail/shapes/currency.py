"""Currency"""

from enum import StrEnum


class Currency(StrEnum):
    """Currency

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    USD = "USD"
