"""MetricStatistic"""

from enum import StrEnum


class MetricStatistic(StrEnum):
    """MetricStatistic

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    MINIMUM = "Minimum"
    MAXIMUM = "Maximum"
    SUM = "Sum"
    AVERAGE = "Average"
    SAMPLE_COUNT = "SampleCount"
