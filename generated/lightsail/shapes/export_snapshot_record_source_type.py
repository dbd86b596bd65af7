"""ExportSnapshotRecordSourceType"""

from enum import StrEnum


class ExportSnapshotRecordSourceType(StrEnum):
    """ExportSnapshotRecordSourceType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    INSTANCE_SNAPSHOT = "InstanceSnapshot"
    DISK_SNAPSHOT = "DiskSnapshot"
