"""AppCategory"""

from enum import StrEnum


class AppCategory(StrEnum):
    """AppCategory

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    LF_R = "LfR"
