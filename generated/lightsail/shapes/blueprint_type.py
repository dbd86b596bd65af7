"""BlueprintType"""

from enum import StrEnum


class BlueprintType(StrEnum):
    """BlueprintType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    OS = "os"
    APP = "app"
