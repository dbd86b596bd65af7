"""InstanceSnapshotState"""

from enum import StrEnum


class InstanceSnapshotState(StrEnum):
    """InstanceSnapshotState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING = "pending"
    ERROR = "error"
    AVAILABLE = "available"
