"""InstanceHealthStatusValue"""

from enum import StrEnum


class InstanceHealthStatusValue(StrEnum):
    """InstanceHealthStatusValue

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    OK = "ok"
    IMPAIRED = "impaired"
    INITIALIZING = "initializing"
    INSUFFICIENT_DATA = "insufficient-data"
    NOT_APPLICABLE = "not-applicable"
