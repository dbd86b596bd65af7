"""ContactMethodStatus"""

from enum import StrEnum


class ContactMethodStatus(StrEnum):
    """ContactMethodStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING_VERIFICATION = "PendingVerification"
    VALID = "Valid"
    INVALID = "Invalid"
