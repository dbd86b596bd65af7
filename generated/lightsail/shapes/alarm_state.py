"""AlarmState"""

from enum import StrEnum


class AlarmState(StrEnum):
    """AlarmState

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    OK = "OK"
    ALARM = "ALARM"
    INSUFFICIENT_DATA = "INSUFFICIENT_DATA"
