"""CloudFormationStackRecordSourceType"""

from enum import StrEnum


class CloudFormationStackRecordSourceType(StrEnum):
    """CloudFormationStackRecordSourceType

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    EXPORT_SNAPSHOT_RECORD = "ExportSnapshotRecord"
