"""InstanceMetricName"""

from enum import StrEnum


class InstanceMetricName(StrEnum):
    """InstanceMetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CPUUTILIZATION = "CPUUtilization"
    NETWORK_IN = "NetworkIn"
    NETWORK_OUT = "NetworkOut"
    STATUS_CHECK_FAILED = "StatusCheckFailed"
    STATUS_CHECK_FAILED_INSTANCE = "StatusCheckFailed_Instance"
    STATUS_CHECK_FAILED_SYSTEM = "StatusCheckFailed_System"
    BURST_CAPACITY_TIME = "BurstCapacityTime"
    BURST_CAPACITY_PERCENTAGE = "BurstCapacityPercentage"
    METADATA_NO_TOKEN = "MetadataNoToken"
    DISK_READ_OPS = "DiskReadOps"
    DISK_WRITE_OPS = "DiskWriteOps"
    DISK_READ_BYTES = "DiskReadBytes"
    DISK_WRITE_BYTES = "DiskWriteBytes"
    DISK_TOTAL_READ_TIME = "DiskTotalReadTime"
    DISK_TOTAL_WRITE_TIME = "DiskTotalWriteTime"
    DISK_QUEUE_LENGTH = "DiskQueueLength"
