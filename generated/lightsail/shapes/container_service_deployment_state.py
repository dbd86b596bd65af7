"""ContainerServiceDeploymentState"""

from enum import StrEnum


class ContainerServiceDeploymentState(StrEnum):
    """ContainerServiceDeploymentState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    ACTIVATING = "ACTIVATING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    FAILED = "FAILED"
