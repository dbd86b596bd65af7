"""ContactProtocol"""

from enum import StrEnum


class ContactProtocol(StrEnum):
    """ContactProtocol

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    EMAIL = "Email"
    SMS = "SMS"
