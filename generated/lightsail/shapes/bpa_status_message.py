"""BPAStatusMessage"""

from enum import StrEnum


class BPAStatusMessage(StrEnum):
    """BPAStatusMessage

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    DEFAULTED_FOR_SLR_MISSING = "DEFAULTED_FOR_SLR_MISSING"
    SYNC_ON_HOLD = "SYNC_ON_HOLD"
    DEFAULTED_FOR_SLR_MISSING_ON_HOLD = "DEFAULTED_FOR_SLR_MISSING_ON_HOLD"
    UNKNOWN = "Unknown"
