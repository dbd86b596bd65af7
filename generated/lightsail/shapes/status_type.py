"""StatusType"""

from enum import StrEnum


class StatusType(StrEnum):
    """StatusType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ACTIVE = "Active"
    INACTIVE = "Inactive"
