"""InstanceMetadataState"""

from enum import StrEnum


class InstanceMetadataState(StrEnum):
    """InstanceMetadataState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING = "pending"
    APPLIED = "applied"
