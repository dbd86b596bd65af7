"""AutoMountStatus"""

from enum import StrEnum


class AutoMountStatus(StrEnum):
    """AutoMountStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    FAILED = "Failed"
    PENDING = "Pending"
    MOUNTED = "Mounted"
    NOT_MOUNTED = "NotMounted"
