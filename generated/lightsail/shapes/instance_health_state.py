"""InstanceHealthState"""

from enum import StrEnum


class InstanceHealthState(StrEnum):
    """InstanceHealthState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    INITIAL = "initial"
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"
    UNUSED = "unused"
    DRAINING = "draining"
    UNAVAILABLE = "unavailable"
