"""InstanceHealthStatusDetailValue"""

from enum import StrEnum


class InstanceHealthStatusDetailValue(StrEnum):
    """InstanceHealthStatusDetailValue

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    PASSED = "passed"
    FAILED = "failed"
    INSUFFICIENT_DATA = "insufficient-data"
    INITIALIZING = "initializing"
