"""LoadBalancerState"""

from enum import StrEnum


class LoadBalancerState(StrEnum):
    """LoadBalancerState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ACTIVE = "active"
    PROVISIONING = "provisioning"
    ACTIVE_IMPAIRED = "active_impaired"
    FAILED = "failed"
    UNKNOWN = "unknown"
