"""SetupStatus"""

from enum import StrEnum


class SetupStatus(StrEnum):
    """SetupStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    IN_PROGRESS = "inProgress"
