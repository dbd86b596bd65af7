"""AddOnType"""

from enum import StrEnum


class AddOnType(StrEnum):
    """AddOnType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    AUTO_SNAPSHOT = "AutoSnapshot"
    STOP_INSTANCE_ON_IDLE = "StopInstanceOnIdle"
