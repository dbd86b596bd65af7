"""RecordState"""

from enum import StrEnum


class RecordState(StrEnum):
    """RecordState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    STARTED = "Started"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
