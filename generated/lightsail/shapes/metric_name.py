"""MetricName"""

from enum import StrEnum


class MetricName(StrEnum):
    """MetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CPUUTILIZATION = "CPUUtilization"
    NETWORK_IN = "NetworkIn"
    NETWORK_OUT = "NetworkOut"
    STATUS_CHECK_FAILED = "StatusCheckFailed"
    STATUS_CHECK_FAILED_INSTANCE = "StatusCheckFailed_Instance"
    STATUS_CHECK_FAILED_SYSTEM = "StatusCheckFailed_System"
    CLIENT_TLSNEGOTIATION_ERROR_COUNT = "ClientTLSNegotiationErrorCount"
    HEALTHY_HOST_COUNT = "HealthyHostCount"
    UNHEALTHY_HOST_COUNT = "UnhealthyHostCount"
    HTTPCODE_LB_4_XX_COUNT = "HTTPCode_LB_4XX_Count"
    HTTPCODE_LB_5_XX_COUNT = "HTTPCode_LB_5XX_Count"
    HTTPCODE_INSTANCE_2_XX_COUNT = "HTTPCode_Instance_2XX_Count"
    HTTPCODE_INSTANCE_3_XX_COUNT = "HTTPCode_Instance_3XX_Count"
    HTTPCODE_INSTANCE_4_XX_COUNT = "HTTPCode_Instance_4XX_Count"
    HTTPCODE_INSTANCE_5_XX_COUNT = "HTTPCode_Instance_5XX_Count"
    INSTANCE_RESPONSE_TIME = "InstanceResponseTime"
    REJECTED_CONNECTION_COUNT = "RejectedConnectionCount"
    REQUEST_COUNT = "RequestCount"
    DATABASE_CONNECTIONS = "DatabaseConnections"
    DISK_QUEUE_DEPTH = "DiskQueueDepth"
    FREE_STORAGE_SPACE = "FreeStorageSpace"
    NETWORK_RECEIVE_THROUGHPUT = "NetworkReceiveThroughput"
    NETWORK_TRANSMIT_THROUGHPUT = "NetworkTransmitThroughput"
    FREEABLE_MEMORY = "FreeableMemory"
    SWAP_USAGE = "SwapUsage"
    BURST_CAPACITY_TIME = "BurstCapacityTime"
    BURST_CAPACITY_PERCENTAGE = "BurstCapacityPercentage"
    DISK_READ_OPS = "DiskReadOps"
    DISK_WRITE_OPS = "DiskWriteOps"
    DISK_READ_BYTES = "DiskReadBytes"
    DISK_WRITE_BYTES = "DiskWriteBytes"
    DISK_TOTAL_READ_TIME = "DiskTotalReadTime"
    DISK_TOTAL_WRITE_TIME = "DiskTotalWriteTime"
    DISK_QUEUE_LENGTH = "DiskQueueLength"
