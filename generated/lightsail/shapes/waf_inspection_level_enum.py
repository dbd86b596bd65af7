"""WafInspectionLevelEnum"""

from enum import StrEnum


class WafInspectionLevelEnum(StrEnum):
    """WafInspectionLevelEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    COMMON = "COMMON"
    TARGETED = "TARGETED"
