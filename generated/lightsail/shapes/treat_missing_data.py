"""TreatMissingData"""

from enum import StrEnum


class TreatMissingData(StrEnum):
    """TreatMissingData

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    BREACHING = "breaching"
    NOT_BREACHING = "notBreaching"
    IGNORE = "ignore"
    MISSING = "missing"
