"""AutoSnapshotStatus"""

from enum import StrEnum


class AutoSnapshotStatus(StrEnum):
    """AutoSnapshotStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SUCCESS = "Success"
    FAILED = "Failed"
    IN_PROGRESS = "InProgress"
    NOT_FOUND = "NotFound"
