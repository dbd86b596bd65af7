"""ContactMethodVerificationProtocol"""

from enum import StrEnum


class ContactMethodVerificationProtocol(StrEnum):
    """ContactMethodVerificationProtocol

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    EMAIL = "Email"
