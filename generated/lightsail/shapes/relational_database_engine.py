"""RelationalDatabaseEngine"""

from enum import StrEnum


class RelationalDatabaseEngine(StrEnum):
    """RelationalDatabaseEngine

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    MYSQL = "mysql"
