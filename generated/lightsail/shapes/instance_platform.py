"""InstancePlatform"""

from enum import StrEnum


class InstancePlatform(StrEnum):
    """InstancePlatform

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    LINUX_UNIX = "LINUX_UNIX"
    WINDOWS = "WINDOWS"
