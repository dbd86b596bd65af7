"""ComparisonOperator"""

from enum import StrEnum


class ComparisonOperator(StrEnum):
    """ComparisonOperator

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    GREATER_THAN_OR_EQUAL_TO_THRESHOLD = "GreaterThanOrEqualToThreshold"
    GREATER_THAN_THRESHOLD = "GreaterThanThreshold"
    LESS_THAN_THRESHOLD = "LessThanThreshold"
    LESS_THAN_OR_EQUAL_TO_THRESHOLD = "LessThanOrEqualToThreshold"
