"""LightsailDistributionSubdomainStateEnum"""

from enum import StrEnum


class LightsailDistributionSubdomainStateEnum(StrEnum):
    """LightsailDistributionSubdomainStateEnum

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CREATING = "Creating"
    ATTACHING = "Attaching"
    ATTACHED = "Attached"
    ERROR = "Error"
