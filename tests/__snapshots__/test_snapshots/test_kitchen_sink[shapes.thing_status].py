"""ThingStatus"""

from enum import StrEnum


class ThingStatus(StrEnum):
    """ThingStatus

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    BUILDING = "BUILDING"
    READY = "READY"
    BROKEN = "BROKEN"
