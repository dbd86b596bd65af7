"""ContainerServiceState"""

from enum import StrEnum


class ContainerServiceState(StrEnum):
    """ContainerServiceState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PENDING = "PENDING"
    READY = "READY"
    RUNNING = "RUNNING"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    DISABLED = "DISABLED"
    DEPLOYING = "DEPLOYING"
