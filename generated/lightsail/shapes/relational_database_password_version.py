"""RelationalDatabasePasswordVersion"""

from enum import StrEnum


class RelationalDatabasePasswordVersion(StrEnum):
    """RelationalDatabasePasswordVersion

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CURRENT = "CURRENT"
    PREVIOUS = "PREVIOUS"
    PENDING = "PENDING"
