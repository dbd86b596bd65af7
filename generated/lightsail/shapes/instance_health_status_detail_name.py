"""InstanceHealthStatusDetailName"""

from enum import StrEnum


class InstanceHealthStatusDetailName(StrEnum):
    """InstanceHealthStatusDetailName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    REACHABILITY = "reachability"
