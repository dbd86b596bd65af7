"""ContainerServiceMetricName"""

from enum import StrEnum


class ContainerServiceMetricName(StrEnum):
    """ContainerServiceMetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CPUUTILIZATION = "CPUUtilization"
    MEMORY_UTILIZATION = "MemoryUtilization"
