"""OperationStatus"""

from enum import StrEnum


class OperationStatus(StrEnum):
    """OperationStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    NOT_STARTED = "NotStarted"
    STARTED = "Started"
    FAILED = "Failed"
    COMPLETED = "Completed"
    SUCCEEDED = "Succeeded"
