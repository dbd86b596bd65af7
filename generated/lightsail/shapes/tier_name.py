"""TierName"""

from enum import StrEnum


class TierName(StrEnum):
    """TierName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ESSENTIAL = "Essential"
    GROWTH = "Growth"
    ACCELERATE = "Accelerate"
    PREMIER = "Premier"
