"""R53HostedZoneDeletionStateCode"""

from enum import StrEnum


class R53HostedZoneDeletionStateCode(StrEnum):
    """R53HostedZoneDeletionStateCode

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SUCCEEDED = "SUCCEEDED"
    PENDING = "PENDING"
    FAILED = "FAILED"
    STARTED = "STARTED"
