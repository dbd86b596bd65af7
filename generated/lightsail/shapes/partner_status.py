"""PartnerStatus"""

from enum import StrEnum


class PartnerStatus(StrEnum):
    """PartnerStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ACTIVE = "Active"
    SUSPENDED = "Suspended"
