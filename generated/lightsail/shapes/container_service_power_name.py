"""ContainerServicePowerName"""

from enum import StrEnum


class ContainerServicePowerName(StrEnum):
    """ContainerServicePowerName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    NANO = "nano"
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    XLARGE = "xlarge"
