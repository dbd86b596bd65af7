"""RenewalStatus"""

from enum import StrEnum


class RenewalStatus(StrEnum):
    """RenewalStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING_AUTO_RENEWAL = "PendingAutoRenewal"
    PENDING_VALIDATION = "PendingValidation"
    SUCCESS = "Success"
    FAILED = "Failed"
