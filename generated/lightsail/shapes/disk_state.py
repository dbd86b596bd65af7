"""DiskState"""

from enum import StrEnum


class DiskState(StrEnum):
    """DiskState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING = "pending"
    ERROR = "error"
    AVAILABLE = "available"
    IN_USE = "in-use"
    UNKNOWN = "unknown"
