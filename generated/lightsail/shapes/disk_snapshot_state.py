"""DiskSnapshotState"""

from enum import StrEnum


class DiskSnapshotState(StrEnum):
    """DiskSnapshotState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING = "pending"
    COMPLETED = "completed"
    ERROR = "error"
    UNKNOWN = "unknown"
