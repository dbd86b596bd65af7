"""RelationalDatabaseMetricName"""

from enum import StrEnum


class RelationalDatabaseMetricName(StrEnum):
    """RelationalDatabaseMetricName

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    CPUUTILIZATION = "CPUUtilization"
    DATABASE_CONNECTIONS = "DatabaseConnections"
    DISK_QUEUE_DEPTH = "DiskQueueDepth"
    FREE_STORAGE_SPACE = "FreeStorageSpace"
    NETWORK_RECEIVE_THROUGHPUT = "NetworkReceiveThroughput"
    NETWORK_TRANSMIT_THROUGHPUT = "NetworkTransmitThroughput"
    FREEABLE_MEMORY = "FreeableMemory"
    SWAP_USAGE = "SwapUsage"
