"""NameServersUpdateStateCode"""

from enum import StrEnum


class NameServersUpdateStateCode(StrEnum):
    """NameServersUpdateStateCode

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SUCCEEDED = "SUCCEEDED"
    PENDING = "PENDING"
    FAILED = "FAILED"
    STARTED = "STARTED"
