"""AccountLevelBpaSyncStatus"""

from enum import StrEnum


class AccountLevelBpaSyncStatus(StrEnum):
    """AccountLevelBpaSyncStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    IN_SYNC = "InSync"
    FAILED = "Failed"
    NEVER_SYNCED = "NeverSynced"
    DEFAULTED = "Defaulted"
